package org.egovarchive.command.document;

import org.egovarchive.kernel.document.Classification;
import org.egovarchive.kernel.document.DocType;
import org.egovarchive.kernel.document.DocumentRecord;
import org.egovarchive.kernel.document.DocumentState;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A document as staff and auditors read it ({@code GET /api/documents/{id}}, the audit's state at an
 * instant): its record, flattened. {@code historyLength} counts its events; {@code publishedAt} is the
 * publication date of the version online (or last online); {@code rejection} the reason it was sent
 * back, while that stands.
 */
public record DocumentDetail(String id, long version, long historyLength, DocumentState state, String department,
                             String channel, DocType docType, Classification classification, String number,
                             String title, String body, long contentVersion, String author, String approvedBy,
                             DocumentRecord.AppliedSeal seal, boolean online, Instant publishedAt,
                             List<DocumentRecord.Mark> marks, Set<String> forwardedTo, Integer retentionYears,
                             Instant draftedAt, Instant updatedAt, DocumentRecord.Rejection rejection) {

    public static DocumentDetail of(DocumentRecord d) {
        DocumentRecord.Filing filing = d.filing();
        DocumentRecord.Content content = d.content();
        DocumentRecord.PublishedVersion published = d.publication().published();
        return new DocumentDetail(d.documentId(), d.version(), d.version() + 1, d.state(), filing.department(),
                filing.channel(), filing.docType(), filing.classification(), filing.number(), content.title(),
                content.body(), content.contentVersion(), filing.author(), d.approvedBy(), d.seal(),
                d.publication().online(), published == null ? null : published.publishedAt(), d.marks(),
                d.forwardedTo(), d.retentionYears(), d.timings().draftedAt(), d.timings().updatedAt(), d.rejection());
    }
}
