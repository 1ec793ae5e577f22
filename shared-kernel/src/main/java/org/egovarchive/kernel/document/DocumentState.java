package org.egovarchive.kernel.document;

/** Where a document stands in its life (API.md: DRAFT → SUBMITTED → APPROVED → SEALED → PUBLISHED → WITHDRAWN / ARCHIVED). */
public enum DocumentState {
    DRAFT,
    SUBMITTED,
    APPROVED,
    REJECTED,
    SEALED,
    PUBLISHED,
    WITHDRAWN,
    ARCHIVED
}
