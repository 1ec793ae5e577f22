package org.egovarchive.kernel.document;

import org.egovarchive.kernel.seal.SealedContent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A document as its events make it, at one point of its history: the one fold of a document. The
 * command side's aggregate keeps its state in one, the staff API and the audit rebuild it, the query
 * side's read models are derived from it, and the export package and the audit's content versions
 * walk its history ({@link DocumentHistory}). A state or a fact added to a document's life is taught
 * here, in {@link #next}, and nowhere else.
 *
 * @param version    sequence number of the last event applied
 * @param approvedBy who signed off the current text (null once it is edited again)
 * @param rejection  the last time it was sent back, while it stands (null once it is submitted again)
 * @param seal       the seal on the current text (null once it is edited again)
 * @param publication what is on the public site, if anything
 * @param forwardedTo the departments it was forwarded to (转发), which may read it
 * @param retentionYears its retention period once archived, 0 for permanent
 * @param blockedAttempts how many publications were refused as classified
 */
public record DocumentRecord(
        String documentId,
        long version,
        DocumentState state,
        Filing filing,
        Content content,
        String approvedBy,
        Rejection rejection,
        AppliedSeal seal,
        Publication publication,
        List<Mark> marks,
        Set<String> forwardedTo,
        Integer retentionYears,
        int blockedAttempts,
        Timings timings) {

    /** What the draft fixed for good: whose it is, where it goes, what kind of document it is. */
    public record Filing(String department, String channel, DocType docType, Classification classification,
                         String number, String author) {
    }

    /**
     * The current text: content version 1 for the draft, +1 per edit.
     *
     * @param contributors everyone who wrote it (the four-eyes rule keeps them from signing it)
     */
    public record Content(String title, String body, long contentVersion, Set<String> contributors) {
        public Content {
            contributors = Set.copyOf(contributors);
        }

        Content edited(DocumentEdited e) {
            Set<String> writers = new LinkedHashSet<>(contributors);
            writers.add(e.editor());
            return new Content(e.title(), e.body(), e.contentVersion(), writers);
        }
    }

    /** Sent back (退回) by {@code approver} for {@code reason}. */
    public record Rejection(String approver, String reason, Instant at) {
    }

    /** The seal on one content version: which seal, by whom, when, with what signature. */
    public record AppliedSeal(String sealId, String keeper, String algorithm, long contentVersion, String contentDigest,
                              String signature, Instant sealedAt) {
    }

    /**
     * What the public site shows. {@code online}: a published version is up (a published document being
     * revised stays online in its published version until it is re-published or withdrawn).
     */
    public record Publication(boolean online, PublishedVersion published) {
        static final Publication NONE = new Publication(false, null);
    }

    /** The version that went online: its text as sealed, the seal, and its publication date. */
    public record PublishedVersion(String title, String body, long contentVersion, AppliedSeal seal,
                                   Instant publishedAt, Instant recordedAt) {
    }

    /** A status mark shown on the public page (修改 / 废止 / 失效). */
    public record Mark(StatusMark mark, String note, String relatedDocumentId, Instant at) {
    }

    /**
     * When each step last happened; {@code approvalToSeal} is the time from the approval to the seal that
     * followed it, {@code firstPublishedAt} the publication date of the first publication.
     */
    public record Timings(Instant draftedAt, Instant submittedAt, Instant approvedAt, Instant sealedAt,
                          Duration approvalToSeal, Instant firstPublishedAt, Instant withdrawnAt, Instant archivedAt,
                          Instant updatedAt) {

        static Timings drafted(Instant at) {
            return new Timings(at, null, null, null, null, null, null, null, at);
        }

        Timings updated(Instant at) {
            return new Timings(draftedAt, submittedAt, approvedAt, sealedAt, approvalToSeal, firstPublishedAt,
                    withdrawnAt, archivedAt, at);
        }

        Timings submitted(Instant at) {
            return new Timings(draftedAt, at, approvedAt, sealedAt, approvalToSeal, firstPublishedAt, withdrawnAt,
                    archivedAt, at);
        }

        Timings approved(Instant at) {
            return new Timings(draftedAt, submittedAt, at, sealedAt, approvalToSeal, firstPublishedAt, withdrawnAt,
                    archivedAt, at);
        }

        Timings sealed(Instant at) {
            Duration sinceApproval = approvedAt == null || at.isBefore(approvedAt) ? approvalToSeal
                    : Duration.between(approvedAt, at);
            return new Timings(draftedAt, submittedAt, approvedAt, at, sinceApproval, firstPublishedAt, withdrawnAt,
                    archivedAt, at);
        }

        Timings published(Instant publishedAt, Instant at) {
            return new Timings(draftedAt, submittedAt, approvedAt, sealedAt, approvalToSeal,
                    firstPublishedAt == null ? publishedAt : firstPublishedAt, withdrawnAt, archivedAt, at);
        }

        Timings withdrawn(Instant at) {
            return new Timings(draftedAt, submittedAt, approvedAt, sealedAt, approvalToSeal, firstPublishedAt, at,
                    archivedAt, at);
        }

        Timings archived(Instant at) {
            return new Timings(draftedAt, submittedAt, approvedAt, sealedAt, approvalToSeal, firstPublishedAt,
                    withdrawnAt, at, at);
        }
    }

    public DocumentRecord {
        marks = List.copyOf(marks);
        forwardedTo = Collections.unmodifiableSet(new LinkedHashSet<>(forwardedTo));
    }

    /**
     * The fold: {@code prior} with one more event applied, or the new document when {@code prior} is
     * null. A stream that does not start with the draft, or drafts twice, is not a document's.
     *
     * @param at when the event was recorded
     */
    public static DocumentRecord next(DocumentRecord prior, DocumentEvent event, long sequence, Instant at) {
        if (prior == null) {
            if (event instanceof DocumentDrafted e) {
                return new DocumentRecord(e.documentId(), sequence, DocumentState.DRAFT,
                        new Filing(e.department(), e.channel(), e.docType(), e.classification(), e.number(), e.author()),
                        new Content(e.title(), e.body(), 1, Set.of(e.author())), null, null, null, Publication.NONE,
                        List.of(), Set.of(), null, 0, Timings.drafted(at));
            }
            throw new IllegalArgumentException("a document begins with DocumentDrafted, not " + name(event));
        }
        return prior.apply(event, sequence, at);
    }

    private DocumentRecord apply(DocumentEvent event, long sequence, Instant at) {
        Change c = new Change(this, sequence, timings.updated(at));
        if (event instanceof DocumentEdited e) {
            c.state = DocumentState.DRAFT;
            c.content = content.edited(e);
            c.approvedBy = null;
            c.seal = null;
        } else if (event instanceof DocumentSubmitted) {
            c.state = DocumentState.SUBMITTED;
            c.rejection = null;
            c.timings = timings.submitted(at);
        } else if (event instanceof DocumentApproved e) {
            c.state = DocumentState.APPROVED;
            c.approvedBy = e.approver();
            c.timings = timings.approved(at);
        } else if (event instanceof DocumentRejected e) {
            c.state = DocumentState.REJECTED;
            c.rejection = new Rejection(e.approver(), e.reason(), at);
        } else if (event instanceof DocumentSealed e) {
            c.state = DocumentState.SEALED;
            c.timings = timings.sealed(at);
            c.seal = new AppliedSeal(e.sealId(), e.keeper(), e.algorithm(), e.contentVersion(), e.contentDigest(),
                    e.signature(), at);
        } else if (event instanceof DocumentPublished e) {
            c.state = DocumentState.PUBLISHED;
            c.timings = timings.published(e.publishedAt(), at);
            c.publication = new Publication(true, new PublishedVersion(content.title(), content.body(),
                    content.contentVersion(), seal, e.publishedAt(), at));
        } else if (event instanceof DocumentWithdrawn) {
            c.state = state == DocumentState.PUBLISHED ? DocumentState.WITHDRAWN : state;
            c.publication = new Publication(false, publication.published());
            c.timings = timings.withdrawn(at);
        } else if (event instanceof DocumentForwarded e) {
            c.forwardedTo.addAll(e.toDepartments());
        } else if (event instanceof DocumentArchived e) {
            c.state = DocumentState.ARCHIVED;
            c.retentionYears = e.retentionYears();
            c.timings = timings.archived(at);
        } else if (event instanceof DocumentStatusMarked e) {
            c.marks.add(new Mark(e.mark(), e.note(), e.relatedDocumentId(), at));
        } else if (event instanceof PublicationBlocked) {
            c.blockedAttempts++;
        } else {
            throw new IllegalArgumentException("the document fold does not know " + name(event));
        }
        return c.done();
    }

    /** The content the seal signs, for the current text. */
    public SealedContent sealedContent() {
        return new SealedContent(documentId, content.title(), content.body(), filing.department(),
                filing.docType().name(), filing.classification().name(), content.contentVersion());
    }

    /** Whether the seal on record was applied to the current text. */
    public boolean sealCoversCurrentContent() {
        return seal != null && seal.contentVersion() == content.contentVersion();
    }

    /** Whether it was ever published (a status mark needs a published document). */
    public boolean everPublished() {
        return publication.published() != null;
    }

    public String department() {
        return filing.department();
    }

    private static String name(DocumentEvent event) {
        return event == null ? "null" : event.getClass().getSimpleName();
    }

    /** The parts one event may change; everything else carries over as it was. */
    private static final class Change {
        private final DocumentRecord from;
        private final long version;
        DocumentState state;
        Content content;
        String approvedBy;
        Rejection rejection;
        AppliedSeal seal;
        Publication publication;
        final List<Mark> marks;
        final Set<String> forwardedTo;
        Integer retentionYears;
        int blockedAttempts;
        Timings timings;

        Change(DocumentRecord from, long version, Timings timings) {
            this.from = from;
            this.version = version;
            this.timings = timings;
            state = from.state;
            content = from.content;
            approvedBy = from.approvedBy;
            rejection = from.rejection;
            seal = from.seal;
            publication = from.publication;
            marks = new ArrayList<>(from.marks);
            forwardedTo = new LinkedHashSet<>(from.forwardedTo);
            retentionYears = from.retentionYears;
            blockedAttempts = from.blockedAttempts;
        }

        DocumentRecord done() {
            return new DocumentRecord(from.documentId, version, state, from.filing, content, approvedBy, rejection, seal,
                    publication, marks, forwardedTo, retentionYears, blockedAttempts, timings);
        }
    }
}
