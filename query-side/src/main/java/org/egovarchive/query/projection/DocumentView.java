package org.egovarchive.query.projection;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.egovarchive.kernel.document.Classification;
import org.egovarchive.kernel.document.DocType;
import org.egovarchive.kernel.document.DocumentState;

import java.time.Instant;

/**
 * A document as {@code documents-admin} holds it: everything staff lists need, and the state from
 * which the public read model is derived. {@code version} is the sequence of the last event applied.
 */
public record DocumentView(
        String id,
        long version,
        DocumentState state,
        String department,
        String channel,
        DocType docType,
        Classification classification,
        String title,
        String body,
        String author,
        Instant draftedAt,
        Instant publishedAt,
        Instant publishedRecordedAt,
        String slug,
        Instant updatedAt) {

    @JsonIgnore
    public boolean isPublic() {
        return state == DocumentState.PUBLISHED && classification == Classification.PUBLIC;
    }

    DocumentView withVersion(long newVersion) {
        return new DocumentView(id, newVersion, state, department, channel, docType, classification, title, body,
                author, draftedAt, publishedAt, publishedRecordedAt, slug, updatedAt);
    }

    DocumentView published(long version, Instant publishedAt, String slug, Instant at) {
        return new DocumentView(id, version, DocumentState.PUBLISHED, department, channel, docType, classification,
                title, body, author, draftedAt, publishedAt, at, slug, at);
    }
}
