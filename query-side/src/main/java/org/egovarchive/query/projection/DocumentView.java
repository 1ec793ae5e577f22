package org.egovarchive.query.projection;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.egovarchive.kernel.document.Classification;
import org.egovarchive.kernel.document.DocType;
import org.egovarchive.kernel.document.DocumentRecord;
import org.egovarchive.kernel.document.DocumentState;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A document as {@code documents-admin} holds it: the fields staff lists and statistics filter, sort
 * and aggregate on, derived from the document's {@link DocumentRecord} — which is stored alongside,
 * not indexed, as the projection's state. {@code version} is the sequence of the last event applied.
 * {@code firstPublishedAt} is the publication date of the first publication (for an imported record,
 * its original date). {@code draftToPublishHours} (draft → first publication) and
 * {@code approveToSealHours} (last approval → seal) are kept ready for the statistics, which
 * Elasticsearch here cannot compute by script.
 *
 * @param record   the document itself; left out of list reads (source filtering), so null there
 * @param lastHash the hash of the last event applied, which the next must chain from
 * @param hold     why the view stopped, if its stream has a hole
 */
public record DocumentView(
        String id,
        long version,
        DocumentState state,
        String department,
        String channel,
        DocType docType,
        Classification classification,
        String number,
        String title,
        long contentVersion,
        String author,
        String approvedBy,
        DocumentRecord.AppliedSeal seal,
        boolean online,
        List<DocumentRecord.Mark> marks,
        List<String> forwardedTo,
        Integer retentionYears,
        int blockedAttempts,
        Instant draftedAt,
        Instant submittedAt,
        Instant approvedAt,
        Instant sealedAt,
        Instant firstPublishedAt,
        Instant withdrawnAt,
        Instant archivedAt,
        Instant updatedAt,
        Double draftToPublishHours,
        Double approveToSealHours,
        @JsonInclude(JsonInclude.Include.NON_NULL) DocumentRecord record,
        String lastHash,
        Hold hold) implements Projected<DocumentRecord> {

    public DocumentView {
        marks = marks == null ? List.of() : List.copyOf(marks);
        forwardedTo = forwardedTo == null ? List.of() : List.copyOf(forwardedTo);
    }

    static DocumentView of(DocumentRecord d, String lastHash, Hold hold) {
        DocumentRecord.Filing filing = d.filing();
        DocumentRecord.Timings t = d.timings();
        return new DocumentView(d.documentId(), d.version(), d.state(), filing.department(), filing.channel(),
                filing.docType(), filing.classification(), filing.number(), d.content().title(),
                d.content().contentVersion(), filing.author(), d.approvedBy(), d.seal(), d.publication().online(),
                d.marks(), List.copyOf(d.forwardedTo()), d.retentionYears(), d.blockedAttempts(), t.draftedAt(),
                t.submittedAt(), t.approvedAt(), t.sealedAt(), t.firstPublishedAt(), t.withdrawnAt(), t.archivedAt(),
                t.updatedAt(),
                t.firstPublishedAt() == null || t.firstPublishedAt().isBefore(t.draftedAt()) ? null
                        : hours(Duration.between(t.draftedAt(), t.firstPublishedAt())),
                t.approvalToSeal() == null ? null : hours(t.approvalToSeal()), d, lastHash, hold);
    }

    private static double hours(Duration duration) {
        return duration.toSeconds() / 3600.0;
    }
}
