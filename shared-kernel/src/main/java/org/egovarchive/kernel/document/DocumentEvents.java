package org.egovarchive.kernel.document;

import java.util.List;

/** The document event types, for the registry of the published language. */
public final class DocumentEvents {

    public static final List<Class<?>> ALL = List.of(
            DocumentDrafted.class,
            DocumentEdited.class,
            DocumentSubmitted.class,
            DocumentApproved.class,
            DocumentRejected.class,
            DocumentSealed.class,
            DocumentPublished.class,
            DocumentWithdrawn.class,
            DocumentForwarded.class,
            DocumentArchived.class,
            PublicationBlocked.class,
            DocumentStatusMarked.class);

    private DocumentEvents() {
    }
}
