package org.egovarchive.kernel.document;

import org.axonframework.serialization.Revision;

import java.util.List;

/** The document was forwarded (转发) to other departments, which see it in their inbox. */
@Revision("1")
public record DocumentForwarded(String documentId, List<String> toDepartments, String note)
        implements DocumentEvent {
}
