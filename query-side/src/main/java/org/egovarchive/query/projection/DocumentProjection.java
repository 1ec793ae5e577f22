package org.egovarchive.query.projection;

import org.egovarchive.kernel.document.DocumentEvent;
import org.egovarchive.kernel.document.DocumentRecord;
import org.egovarchive.query.elastic.IndexOp;
import org.egovarchive.query.elastic.ReadModel;
import org.egovarchive.query.search.PublicDocument;

import java.util.List;

/**
 * Documents: every document into {@code documents-admin} (its record is also this projection's state),
 * and the published version of every online PUBLIC document into {@code public-documents} — withdrawal
 * removes it, re-publication replaces it.
 */
public class DocumentProjection extends StatefulProjection<DocumentRecord, DocumentView> {

    public DocumentProjection(ViewStore views) {
        super(views, ReadModel.DOCUMENTS_ADMIN, DocumentView.class);
    }

    @Override
    public String aggregateType() {
        return "Document";
    }

    @Override
    protected DocumentRecord next(DocumentRecord prior, TypedEvent event) {
        return DocumentRecord.next(prior, as(DocumentEvent.class, event), event.envelope().sequence(),
                event.envelope().occurredAt());
    }

    @Override
    protected DocumentView view(DocumentRecord record, String lastHash, Hold hold) {
        return DocumentView.of(record, lastHash, hold);
    }

    @Override
    protected long version(DocumentRecord record) {
        return record.version();
    }

    @Override
    protected List<IndexOp> derived(DocumentRecord before, DocumentRecord after) {
        if (PublicDocument.isPublic(after)) {
            return List.of(new IndexOp.Put(ReadModel.PUBLIC_DOCUMENTS, after.documentId(), after.version(),
                    PublicDocument.of(after)));
        }
        if (before != null && PublicDocument.isPublic(before)) {
            return List.of(new IndexOp.Remove(ReadModel.PUBLIC_DOCUMENTS, after.documentId(), after.version()));
        }
        return List.of();
    }
}
