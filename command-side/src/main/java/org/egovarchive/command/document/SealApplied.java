package org.egovarchive.command.document;

import java.time.Instant;

/** The seal on a document: which seal, by whom, when, on which content version, with what signature. */
public record SealApplied(String sealId, String keeper, String algorithm, long contentVersion, String contentDigest,
                          String signature, Instant sealedAt) {
}
