package org.egovarchive.kernel.document;

import org.axonframework.serialization.Revision;

/** The document was taken off the public site. */
@Revision("1")
public record DocumentWithdrawn(String documentId, String reason) implements DocumentEvent {
}
