package org.egovarchive.kernel.document;

import org.axonframework.serialization.Revision;

/**
 * The published document was marked as amended (修改), repealed (废止) or expired (失效); the mark
 * is shown on its public page.
 *
 * @param relatedDocumentId the document that amends or repeals it, if any
 */
@Revision("1")
public record DocumentStatusMarked(String documentId, StatusMark mark, String note, String relatedDocumentId)
        implements DocumentEvent {
}
