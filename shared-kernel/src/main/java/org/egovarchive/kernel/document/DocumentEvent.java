package org.egovarchive.kernel.document;

import java.util.List;

/**
 * An event of a document's life. Sealed, so that the one fold of a document ({@link DocumentRecord#next})
 * is written against every event there is; a new event is added here and taught to that fold.
 */
public sealed interface DocumentEvent permits DocumentDrafted, DocumentEdited, DocumentSubmitted, DocumentApproved,
        DocumentRejected, DocumentSealed, DocumentPublished, DocumentWithdrawn, DocumentForwarded, DocumentArchived,
        PublicationBlocked, DocumentStatusMarked {

    /** Every document event type, for the registry of the published language. */
    List<Class<?>> TYPES = List.of(DocumentEvent.class.getPermittedSubclasses());

    String documentId();
}
