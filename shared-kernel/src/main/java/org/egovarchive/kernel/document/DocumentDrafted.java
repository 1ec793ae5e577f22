package org.egovarchive.kernel.document;

import org.axonframework.serialization.Revision;

/**
 * A member of staff drafted a document for their department. The first event of every document.
 *
 * @param department the author's department, which owns the document from now on
 * @param channel    the channel (栏目) of the public site it is meant for
 * @param author     username of the author (the one who may never approve or seal it)
 */
@Revision("1")
public record DocumentDrafted(
        String documentId,
        String department,
        String channel,
        DocType docType,
        Classification classification,
        String title,
        String body,
        String author) {
}
