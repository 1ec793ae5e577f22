package org.egovarchive.kernel.seal;

import org.axonframework.serialization.Revision;

/**
 * An electronic seal (电子印章) was registered for a department. The public key (X.509
 * SubjectPublicKeyInfo DER, lowercase hex) is here so anyone can verify what the seal signed, for
 * as long as the record exists; the private key never leaves the command side's key store.
 *
 * @param algorithm {@code SM2} (SM3 digests) or {@code ED25519} (SHA-256 digests)
 */
@Revision("1")
public record SealRegistered(String sealId, String name, String department, String algorithm, String publicKey)
        implements SealEvent {
}
