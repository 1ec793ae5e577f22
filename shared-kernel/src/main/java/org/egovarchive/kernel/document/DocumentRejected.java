package org.egovarchive.kernel.document;

import org.axonframework.serialization.Revision;

/** The reviewer sent the document back; the next edit makes it a draft again. */
@Revision("1")
public record DocumentRejected(String documentId, long contentVersion, String approver, String reason)
        implements DocumentEvent {
}
