package org.egovarchive.kernel.document;

import org.axonframework.serialization.Revision;

/**
 * The text of a document was changed; this is content version {@code contentVersion}. An edit
 * voids any approval and seal: the document is a draft again.
 *
 * @param editor username of who changed it (who may then neither approve nor seal it)
 */
@Revision("1")
public record DocumentEdited(String documentId, String title, String body, long contentVersion, String editor)
        implements DocumentEvent {
}
