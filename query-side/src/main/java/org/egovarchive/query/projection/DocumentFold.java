package org.egovarchive.query.projection;

import org.egovarchive.kernel.document.DocumentApproved;
import org.egovarchive.kernel.document.DocumentArchived;
import org.egovarchive.kernel.document.DocumentDrafted;
import org.egovarchive.kernel.document.DocumentEdited;
import org.egovarchive.kernel.document.DocumentForwarded;
import org.egovarchive.kernel.document.DocumentPublished;
import org.egovarchive.kernel.document.DocumentRejected;
import org.egovarchive.kernel.document.DocumentSealed;
import org.egovarchive.kernel.document.DocumentState;
import org.egovarchive.kernel.document.DocumentStatusMarked;
import org.egovarchive.kernel.document.DocumentSubmitted;
import org.egovarchive.kernel.document.DocumentWithdrawn;
import org.egovarchive.kernel.document.PublicationBlocked;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** How each document event changes a {@link DocumentView}. */
final class DocumentFold {

    private DocumentFold() {
    }

    static DocumentView drafted(DocumentDrafted e, long version, Instant at) {
        return new DocumentView(e.documentId(), version, DocumentState.DRAFT, e.department(), e.channel(), e.docType(),
                e.classification(), e.number(), e.title(), e.body(), 1, e.author(), null, null, false, null, List.of(),
                List.of(), null, 0, at, null, null, null, null, null, null, at, null, null);
    }

    static DocumentView apply(DocumentView v, Object event, long version, Instant at) {
        Mutable m = new Mutable(v);
        if (event instanceof DocumentEdited e) {
            m.state = DocumentState.DRAFT;
            m.title = e.title();
            m.body = e.body();
            m.contentVersion = e.contentVersion();
            m.approvedBy = null;
            m.seal = null;
        } else if (event instanceof DocumentSubmitted) {
            m.state = DocumentState.SUBMITTED;
            m.submittedAt = at;
        } else if (event instanceof DocumentApproved e) {
            m.state = DocumentState.APPROVED;
            m.approvedBy = e.approver();
            m.approvedAt = at;
        } else if (event instanceof DocumentRejected) {
            m.state = DocumentState.REJECTED;
        } else if (event instanceof DocumentSealed e) {
            m.state = DocumentState.SEALED;
            m.seal = new DocumentView.SealInfo(e.sealId(), e.keeper(), e.algorithm(), e.contentVersion(), e.contentDigest(),
                    e.signature(), at);
            m.sealedAt = at;
        } else if (event instanceof DocumentPublished e) {
            m.state = DocumentState.PUBLISHED;
            m.online = true;
            m.published = new DocumentView.PublishedVersion(v.title(), v.body(), v.contentVersion(), v.seal(), e.publishedAt(), at);
            m.firstPublishedAt = v.firstPublishedAt() == null ? e.publishedAt() : v.firstPublishedAt();
        } else if (event instanceof DocumentWithdrawn) {
            m.online = false;
            m.withdrawnAt = at;
            if (v.state() == DocumentState.PUBLISHED) {
                m.state = DocumentState.WITHDRAWN;
            }
        } else if (event instanceof DocumentForwarded e) {
            Set<String> to = new LinkedHashSet<>(v.forwardedTo());
            to.addAll(e.toDepartments());
            m.forwardedTo = new ArrayList<>(to);
        } else if (event instanceof DocumentArchived e) {
            m.state = DocumentState.ARCHIVED;
            m.retentionYears = e.retentionYears();
            m.archivedAt = at;
        } else if (event instanceof DocumentStatusMarked e) {
            m.marks.add(new DocumentView.Mark(e.mark(), e.note(), e.relatedDocumentId(), at));
        } else if (event instanceof PublicationBlocked) {
            m.blockedAttempts++;
        }
        return m.build(version, at);
    }

    private static double hours(Instant from, Instant to) {
        return Duration.between(from, to).toSeconds() / 3600.0;
    }

    private static final class Mutable {
        private final DocumentView v;
        DocumentState state;
        String title;
        String body;
        long contentVersion;
        String approvedBy;
        DocumentView.SealInfo seal;
        boolean online;
        DocumentView.PublishedVersion published;
        final List<DocumentView.Mark> marks;
        List<String> forwardedTo;
        Integer retentionYears;
        int blockedAttempts;
        Instant submittedAt;
        Instant approvedAt;
        Instant sealedAt;
        Instant firstPublishedAt;
        Instant withdrawnAt;
        Instant archivedAt;

        Mutable(DocumentView v) {
            this.v = v;
            state = v.state();
            title = v.title();
            body = v.body();
            contentVersion = v.contentVersion();
            approvedBy = v.approvedBy();
            seal = v.seal();
            online = v.online();
            published = v.published();
            marks = new ArrayList<>(v.marks());
            forwardedTo = v.forwardedTo();
            retentionYears = v.retentionYears();
            blockedAttempts = v.blockedAttempts();
            submittedAt = v.submittedAt();
            approvedAt = v.approvedAt();
            sealedAt = v.sealedAt();
            firstPublishedAt = v.firstPublishedAt();
            withdrawnAt = v.withdrawnAt();
            archivedAt = v.archivedAt();
        }

        DocumentView build(long version, Instant at) {
            return new DocumentView(v.id(), version, state, v.department(), v.channel(), v.docType(), v.classification(),
                    v.number(), title, body, contentVersion, v.author(), approvedBy, seal, online, published, marks,
                    forwardedTo, retentionYears, blockedAttempts, v.draftedAt(), submittedAt, approvedAt, sealedAt,
                    firstPublishedAt, withdrawnAt, archivedAt, at,
                    firstPublishedAt == null || firstPublishedAt.isBefore(v.draftedAt()) ? null
                            : Double.valueOf(hours(v.draftedAt(), firstPublishedAt)),
                    sealedAt == null || approvedAt == null || sealedAt.isBefore(approvedAt) ? v.approveToSealHours()
                            : Double.valueOf(hours(approvedAt, sealedAt)));
        }
    }
}
