package org.egovarchive.query.projection;

import org.egovarchive.kernel.document.DocumentDrafted;
import org.egovarchive.kernel.document.DocumentPublished;
import org.egovarchive.kernel.document.DocumentState;
import org.egovarchive.kernel.event.EventEnvelope;
import org.egovarchive.query.elastic.IndexOp;
import org.egovarchive.query.elastic.ReadModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folds document events into {@link DocumentView}s and derives the public read model from them.
 * Idempotent: an event whose sequence the view already covers is skipped, and every write carries
 * the sequence as its external version.
 */
public class DocumentProjection {

    private final DocumentViews views;

    public DocumentProjection(DocumentViews views) {
        this.views = views;
    }

    /** The index writes for one batch of document events, in the order they arrived. */
    public List<IndexOp> project(List<TypedEvent> events, DeadLetters deadLetters) {
        Set<String> ids = new LinkedHashSet<>();
        events.forEach(e -> ids.add(e.envelope().aggregateId()));
        Map<String, DocumentView> current = new LinkedHashMap<>(views.find(ids));
        Map<String, DocumentView> before = Map.copyOf(current);
        for (TypedEvent event : events) {
            DocumentView view = current.get(event.envelope().aggregateId());
            if (view != null && event.envelope().sequence() <= view.version()) {
                continue;
            }
            if (view == null && !(event.payload() instanceof DocumentDrafted)) {
                deadLetters.reject(event.envelope(), "no draft of document " + event.envelope().aggregateId()
                        + " precedes this " + event.envelope().type());
                continue;
            }
            DocumentView next = apply(view, event);
            current.put(next.id(), next);
        }
        List<IndexOp> ops = new ArrayList<>();
        current.forEach((id, view) -> {
            if (view != before.get(id)) {
                ops.addAll(writes(before.get(id), view));
            }
        });
        return ops;
    }

    private static DocumentView apply(DocumentView view, TypedEvent event) {
        EventEnvelope envelope = event.envelope();
        long version = envelope.sequence();
        if (event.payload() instanceof DocumentDrafted e) {
            return new DocumentView(e.documentId(), version, DocumentState.DRAFT, e.department(), e.channel(),
                    e.docType(), e.classification(), e.title(), e.body(), e.author(), envelope.occurredAt(),
                    null, null, null, envelope.occurredAt());
        }
        if (event.payload() instanceof DocumentPublished e) {
            return view.published(version, e.publishedAt(), e.slug(), envelope.occurredAt());
        }
        return view.withVersion(version);
    }

    private static List<IndexOp> writes(DocumentView before, DocumentView after) {
        List<IndexOp> ops = new ArrayList<>();
        ops.add(new IndexOp.Put(ReadModel.DOCUMENTS_ADMIN, after.id(), after.version(), after));
        if (after.isPublic()) {
            ops.add(new IndexOp.Put(ReadModel.PUBLIC_DOCUMENTS, after.id(), after.version(), PublicDocument.of(after)));
        } else if (before != null && before.isPublic()) {
            ops.add(new IndexOp.Remove(ReadModel.PUBLIC_DOCUMENTS, after.id(), after.version()));
        }
        return ops;
    }
}
