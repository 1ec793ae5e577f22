package org.egovarchive.command.document;

import org.egovarchive.kernel.document.Classification;
import org.egovarchive.kernel.document.DocType;
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
import org.egovarchive.kernel.document.StatusMark;
import org.egovarchive.kernel.seal.SealedContent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A document as its events make it, at one point of its history. The aggregate keeps its state in
 * one of these, and the API and the audit rebuild them the same way: one fold, one truth.
 *
 * @param version        sequence number of the last event applied
 * @param contentVersion 1 for the draft, +1 per edit
 * @param contributors   everyone who wrote its text (the four-eyes rule keeps them from signing it)
 * @param online         whether a published version is on the public site (a published document
 *                       being revised stays online until it is re-published or withdrawn)
 */
public record DocumentSnapshot(
        String documentId,
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
        Set<String> contributors,
        String approvedBy,
        SealApplied seal,
        boolean online,
        Instant publishedAt,
        List<Mark> marks,
        Set<String> forwardedTo,
        Integer retentionYears,
        Instant draftedAt,
        Instant updatedAt) {

    /** A status mark shown on the public page. */
    public record Mark(StatusMark mark, String note, String relatedDocumentId, Instant at) {
    }

    public DocumentSnapshot {
        contributors = Set.copyOf(contributors);
        marks = List.copyOf(marks);
        forwardedTo = Set.copyOf(forwardedTo);
    }

    public static DocumentSnapshot drafted(DocumentDrafted e, long sequence, Instant at) {
        return new DocumentSnapshot(e.documentId(), sequence, DocumentState.DRAFT, e.department(), e.channel(),
                e.docType(), e.classification(), e.number(), e.title(), e.body(), 1, e.author(), Set.of(e.author()),
                null, null, false, null, List.of(), Set.of(), null, at, at);
    }

    /** This snapshot with one more event applied. */
    public DocumentSnapshot apply(Object event, long sequence, Instant at) {
        Builder next = new Builder(this, sequence, at);
        if (event instanceof DocumentEdited e) {
            next.state = DocumentState.DRAFT;
            next.title = e.title();
            next.body = e.body();
            next.contentVersion = e.contentVersion();
            next.contributors.add(e.editor());
            next.approvedBy = null;
            next.seal = null;
        } else if (event instanceof DocumentSubmitted) {
            next.state = DocumentState.SUBMITTED;
        } else if (event instanceof DocumentApproved e) {
            next.state = DocumentState.APPROVED;
            next.approvedBy = e.approver();
        } else if (event instanceof DocumentRejected) {
            next.state = DocumentState.REJECTED;
        } else if (event instanceof DocumentSealed e) {
            next.state = DocumentState.SEALED;
            next.seal = new SealApplied(e.sealId(), e.keeper(), e.algorithm(), e.contentVersion(), e.contentDigest(),
                    e.signature(), at);
        } else if (event instanceof DocumentPublished e) {
            next.state = DocumentState.PUBLISHED;
            next.online = true;
            next.publishedAt = e.publishedAt();
        } else if (event instanceof DocumentWithdrawn) {
            next.online = false;
            if (state == DocumentState.PUBLISHED) {
                next.state = DocumentState.WITHDRAWN;
            }
        } else if (event instanceof DocumentForwarded e) {
            next.forwardedTo.addAll(e.toDepartments());
        } else if (event instanceof DocumentArchived e) {
            next.state = DocumentState.ARCHIVED;
            next.retentionYears = e.retentionYears();
        } else if (event instanceof DocumentStatusMarked e) {
            next.marks.add(new Mark(e.mark(), e.note(), e.relatedDocumentId(), at));
        }
        return next.build();
    }

    /** The content the seal signs, for this snapshot's current text. */
    public SealedContent sealedContent() {
        return new SealedContent(documentId, title, body, department, docType.name(), classification.name(), contentVersion);
    }

    /** Whether the seal on record was applied to the current text. */
    public boolean sealCoversCurrentContent() {
        return seal != null && seal.contentVersion() == contentVersion;
    }

    private static final class Builder {
        private final DocumentSnapshot from;
        private final long version;
        private final Instant updatedAt;
        private DocumentState state;
        private String title;
        private String body;
        private long contentVersion;
        private final Set<String> contributors;
        private String approvedBy;
        private SealApplied seal;
        private boolean online;
        private Instant publishedAt;
        private final List<Mark> marks;
        private final Set<String> forwardedTo;
        private Integer retentionYears;

        Builder(DocumentSnapshot from, long version, Instant updatedAt) {
            this.from = from;
            this.version = version;
            this.updatedAt = updatedAt;
            state = from.state;
            title = from.title;
            body = from.body;
            contentVersion = from.contentVersion;
            contributors = new LinkedHashSet<>(from.contributors);
            approvedBy = from.approvedBy;
            seal = from.seal;
            online = from.online;
            publishedAt = from.publishedAt;
            marks = new ArrayList<>(from.marks);
            forwardedTo = new LinkedHashSet<>(from.forwardedTo);
            retentionYears = from.retentionYears;
        }

        DocumentSnapshot build() {
            return new DocumentSnapshot(from.documentId, version, state, from.department, from.channel, from.docType,
                    from.classification, from.number, title, body, contentVersion, from.author, contributors, approvedBy,
                    seal, online, publishedAt, marks, forwardedTo, retentionYears, from.draftedAt, updatedAt);
        }
    }
}
