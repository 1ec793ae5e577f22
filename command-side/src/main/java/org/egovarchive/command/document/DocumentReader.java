package org.egovarchive.command.document;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.egovarchive.kernel.document.DocumentDrafted;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;

/** Rebuilds a document from its events with the aggregate's own fold — as it is now, or as it was at an instant. */
@Component
public class DocumentReader {

    private final EventStore events;

    public DocumentReader(EventStore events) {
        this.events = events;
    }

    public Optional<DocumentSnapshot> current(String documentId) {
        return at(documentId, Instant.MAX);
    }

    /** The document as it stood at {@code instant}: every event recorded up to and including then. */
    public Optional<DocumentSnapshot> at(String documentId, Instant instant) {
        Iterator<? extends DomainEventMessage<?>> stream = events.readEvents(documentId);
        DocumentSnapshot snapshot = null;
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getTimestamp().isAfter(instant)) {
                break;
            }
            if (snapshot == null) {
                if (!(event.getPayload() instanceof DocumentDrafted drafted)) {
                    return Optional.empty();
                }
                snapshot = DocumentSnapshot.drafted(drafted, event.getSequenceNumber(), event.getTimestamp());
            } else {
                snapshot = snapshot.apply(event.getPayload(), event.getSequenceNumber(), event.getTimestamp());
            }
        }
        return Optional.ofNullable(snapshot);
    }
}
