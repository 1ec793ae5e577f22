package org.egovarchive.command.document;

/** What sealing did: the document's new version and the signature applied. */
public record SealOutcome(long version, Sealer.Signed signed) {
}
