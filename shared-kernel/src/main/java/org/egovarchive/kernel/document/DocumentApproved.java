package org.egovarchive.kernel.document;

import org.axonframework.serialization.Revision;

/** Someone other than its authors signed the document off (审签) at this content version. */
@Revision("1")
public record DocumentApproved(String documentId, long contentVersion, String approver, String comment)
        implements DocumentEvent {
}
