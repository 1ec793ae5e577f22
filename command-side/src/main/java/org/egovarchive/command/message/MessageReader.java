package org.egovarchive.command.message;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.egovarchive.kernel.message.MessageReceived;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;

/** Rebuilds a letter from its events with the aggregate's own fold — now, or as it was recorded up to an instant. */
@Component
public class MessageReader {

    private final EventStore events;

    public MessageReader(EventStore events) {
        this.events = events;
    }

    public Optional<LetterSnapshot> current(String messageId) {
        return at(messageId, Instant.MAX);
    }

    public Optional<LetterSnapshot> at(String messageId, Instant instant) {
        Iterator<? extends DomainEventMessage<?>> stream = events.readEvents(messageId);
        LetterSnapshot snapshot = null;
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getTimestamp().isAfter(instant)) {
                break;
            }
            if (snapshot == null) {
                if (!(event.getPayload() instanceof MessageReceived received)) {
                    return Optional.empty();
                }
                snapshot = LetterSnapshot.received(received, event.getSequenceNumber());
            } else {
                snapshot = snapshot.apply(event.getPayload(), event.getSequenceNumber());
            }
        }
        return Optional.ofNullable(snapshot);
    }
}
