package org.egovarchive.kernel.document;

import org.axonframework.serialization.Revision;

/** The draft was submitted for review and sign-off (审签). */
@Revision("1")
public record DocumentSubmitted(String documentId, long contentVersion, String submitter)
        implements DocumentEvent {
}
