package org.egovarchive.command.document;

import org.egovarchive.kernel.document.Classification;
import org.egovarchive.kernel.document.DocType;
import org.egovarchive.kernel.document.DocumentState;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Answers of the documents API. */
final class DocumentResponses {

    private DocumentResponses() {
    }

    record Versioned(String id, long version) {
    }

    record Transition(String id, long version, DocumentState state) {
    }

    record Sealed(String id, long version, DocumentState state, String algorithm, String digest, String signature) {
    }

    record Published(String id, long version, DocumentState state, String url) {
    }

    /** {@code GET /api/documents/{id}}: the current state; {@code historyLength} counts its events. */
    record Detail(String id, long version, long historyLength, DocumentState state, String department, String channel,
                  DocType docType, Classification classification, String number, String title, String body,
                  long contentVersion, String author, String approvedBy, SealApplied seal, boolean online,
                  Instant publishedAt, List<DocumentSnapshot.Mark> marks, Set<String> forwardedTo,
                  Integer retentionYears, Instant draftedAt, Instant updatedAt) {

        static Detail of(DocumentSnapshot d) {
            return new Detail(d.documentId(), d.version(), d.version() + 1, d.state(), d.department(), d.channel(),
                    d.docType(), d.classification(), d.number(), d.title(), d.body(), d.contentVersion(), d.author(),
                    d.approvedBy(), d.seal(), d.online(), d.publishedAt(), d.marks(), d.forwardedTo(),
                    d.retentionYears(), d.draftedAt(), d.updatedAt());
        }
    }
}
