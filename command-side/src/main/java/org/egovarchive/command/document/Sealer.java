package org.egovarchive.command.document;

import org.egovarchive.command.staff.Actor;
import org.egovarchive.kernel.seal.SealedContent;

/**
 * Applies a department's electronic seal: checks that the seal belongs to the department, is valid
 * and that the actor is one of its keepers (refusing with 403 otherwise), then signs the digest of the
 * canonical content with the seal's private key, which never leaves the key store.
 */
public interface Sealer {

    Signed seal(String sealId, Actor keeper, String department, SealedContent content);

    /** The digest and signature, lowercase hex. */
    record Signed(String algorithm, String contentDigest, String signature) {
    }
}
