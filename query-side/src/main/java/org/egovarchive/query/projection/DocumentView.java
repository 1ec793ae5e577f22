package org.egovarchive.query.projection;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.egovarchive.kernel.document.Classification;
import org.egovarchive.kernel.document.DocType;
import org.egovarchive.kernel.document.DocumentState;
import org.egovarchive.kernel.document.StatusMark;

import java.time.Instant;
import java.util.List;

/**
 * A document as {@code documents-admin} holds it: everything staff lists and statistics need —
 * state, the timings of each step, the working text — and the version that is on the public site,
 * from which the public read model is derived. {@code version} is the sequence of the last event
 * applied. {@code firstPublishedAt} is the publication date of the first publication (for an imported
 * record, its original date). {@code draftToPublishHours} (draft → first publication) and {@code approveToSealHours} (last
 * approval → seal) are kept ready for the statistics, which Elasticsearch here cannot compute by script.
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
        String body,
        long contentVersion,
        String author,
        String approvedBy,
        SealInfo seal,
        boolean online,
        PublishedVersion published,
        List<Mark> marks,
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
        Double approveToSealHours) {

    /** A seal applied to one content version. */
    public record SealInfo(String sealId, String keeper, String algorithm, long contentVersion, String contentDigest,
                           String signature, Instant sealedAt) {
    }

    /** The version on the public site: its text as it was sealed and published. */
    public record PublishedVersion(String title, String body, long contentVersion, SealInfo seal, Instant publishedAt,
                                   Instant recordedAt) {
    }

    /** A status mark (修改 / 废止 / 失效). */
    public record Mark(StatusMark mark, String note, String relatedDocumentId, Instant at) {
    }

    public DocumentView {
        marks = marks == null ? List.of() : List.copyOf(marks);
        forwardedTo = forwardedTo == null ? List.of() : List.copyOf(forwardedTo);
    }

    /** Whether the public read model must hold it: a published version is online, and it is PUBLIC. */
    @JsonIgnore
    public boolean isPublic() {
        return online && published != null && classification == Classification.PUBLIC;
    }
}
