package org.egovarchive.query.projection;

import org.egovarchive.kernel.document.DocumentDrafted;
import org.egovarchive.query.elastic.IndexOp;
import org.egovarchive.query.elastic.ReadModel;

import java.util.List;

/**
 * Documents: every document into {@code documents-admin} (also this projection's state), and the
 * published version of every online PUBLIC document into {@code public-documents} — withdrawal
 * removes it, re-publication replaces it.
 */
public class DocumentProjection extends StatefulProjection<DocumentView> {

    public DocumentProjection(ViewStore views) {
        super(views, ReadModel.DOCUMENTS_ADMIN, DocumentView.class);
    }

    @Override
    public String aggregateType() {
        return "Document";
    }

    @Override
    protected boolean isFirst(Object payload) {
        return payload instanceof DocumentDrafted;
    }

    @Override
    protected DocumentView start(TypedEvent first) {
        return DocumentFold.drafted((DocumentDrafted) first.payload(), first.envelope().sequence(), first.envelope().occurredAt());
    }

    @Override
    protected DocumentView apply(DocumentView view, TypedEvent event) {
        return DocumentFold.apply(view, event.payload(), event.envelope().sequence(), event.envelope().occurredAt());
    }

    @Override
    protected long version(DocumentView view) {
        return view.version();
    }

    @Override
    protected List<IndexOp> derived(DocumentView before, DocumentView after) {
        if (after.isPublic()) {
            return List.of(new IndexOp.Put(ReadModel.PUBLIC_DOCUMENTS, after.id(), after.version(), PublicDocument.of(after)));
        }
        if (before != null && before.isPublic()) {
            return List.of(new IndexOp.Remove(ReadModel.PUBLIC_DOCUMENTS, after.id(), after.version()));
        }
        return List.of();
    }
}
