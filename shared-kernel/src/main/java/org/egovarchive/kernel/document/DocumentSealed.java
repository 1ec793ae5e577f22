package org.egovarchive.kernel.document;

import org.axonframework.serialization.Revision;

/**
 * The department's electronic seal was applied to content version {@code contentVersion}: the last
 * gate before the document goes online. {@code contentDigest} is the digest (SM3 for SM2 seals,
 * SHA-256 for Ed25519) of the canonical sealed content, {@code signature} the seal's signature over
 * that digest, both lowercase hex; the public key is in the seal's {@code SealRegistered}.
 */
@Revision("1")
public record DocumentSealed(
        String documentId,
        String sealId,
        String keeper,
        String algorithm,
        long contentVersion,
        String contentDigest,
        String signature) implements DocumentEvent {
}
