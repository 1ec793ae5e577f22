package org.egovarchive.kernel.document;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * An attempt to publish was refused because the document is classified or its text carries a
 * classification marking (涉密不上网). Recorded so that the attempt itself is on the record.
 *
 * @param findings what was found, e.g. {@code 机密★1年 (body, line 1)}: at most ten, in text order, then
 *                 {@code … and N more} when there were more (events recorded before the bound may hold more)
 */
@Revision("1")
public record PublicationBlocked(String documentId, Classification classification, String reason, List<String> findings)
        implements DocumentEvent {
}
