package org.egovarchive.command.seal;

/** The key store holds no private key for this seal. Names the seal, nothing else. */
public class SealKeyNotFoundException extends RuntimeException {

    public SealKeyNotFoundException(String sealId) {
        super("no private key for seal " + sealId);
    }
}
