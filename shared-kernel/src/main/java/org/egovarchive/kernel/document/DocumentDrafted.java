package org.egovarchive.kernel.document;

import org.axonframework.serialization.Revision;

/**
 * A member of staff drafted a document for their department. The first event of every document;
 * its content is content version 1.
 *
 * <p>Revision 2 added {@code number} (the document number, 文号); revision-1 events read as
 * having no number.
 *
 * @param department the author's department, which owns the document from now on
 * @param channel    the channel (栏目) of the public site it is meant for
 * @param author     username of the author (who may never approve or seal it)
 * @param number     the document number (文号) such as 市信发〔2026〕12号, or null when it has none
 */
@Revision("2")
public record DocumentDrafted(
        String documentId,
        String department,
        String channel,
        DocType docType,
        Classification classification,
        String title,
        String body,
        String author,
        String number) implements DocumentEvent {
}
