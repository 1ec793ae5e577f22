package org.egovarchive.kernel.audit;

/** What an audit read showed of a record. */
public enum AuditView {
    /** The record as it stood at an instant (or now). */
    STATE,
    /** Its timeline: every event with actor, role, department and hashes. */
    HISTORY,
    /** A text diff between two content versions of a document. */
    DIFF,
    /** Its hash chain and seal signatures checked. */
    VERIFY,
    /** Its export package downloaded. */
    EXPORT,
    /** A department's archive transfer (移交) of one year downloaded. */
    TRANSFER
}
