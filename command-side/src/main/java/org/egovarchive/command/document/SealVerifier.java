package org.egovarchive.command.document;

import org.egovarchive.kernel.document.DocumentRecord.AppliedSeal;
import org.egovarchive.kernel.seal.SealedContent;

import java.util.Optional;

/**
 * Checks a seal on record: the signature verifies with the seal's registered public key over the
 * digest of this content, and the seal and its keeper were valid when it was applied.
 */
public interface SealVerifier {

    /** Empty when the seal holds; otherwise why not. */
    Optional<String> problem(AppliedSeal seal, SealedContent content);
}
