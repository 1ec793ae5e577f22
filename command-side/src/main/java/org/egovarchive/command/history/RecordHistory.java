package org.egovarchive.command.history;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.egovarchive.kernel.event.Fold;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Rebuilds a record from its stored events with its kind's fold. A stream whose first event is of
 * another kind is another kind of record (empty); an event of another kind later in the stream is
 * an error, never skipped.
 */
@Component
public class RecordHistory {

    private final EventStore events;

    public RecordHistory(EventStore events) {
        this.events = events;
    }

    /** One event of a record with the state before and after it; {@code before} is null for the first. */
    public record Step<R, E>(DomainEventMessage<?> message, E event, R before, R after) {

        public long sequence() {
            return message.getSequenceNumber();
        }

        public Instant at() {
            return message.getTimestamp();
        }

        /** A metadata value of the event (actor, role, department …), or null. */
        public String metadata(String key) {
            Object value = message.getMetaData().get(key);
            return value == null ? null : value.toString();
        }
    }

    /** The record as it is now. */
    public <R, E> Optional<R> current(String id, Class<E> kind, Fold<R, E> fold) {
        return at(id, Instant.MAX, kind, fold);
    }

    /** The record as it stood at {@code instant}: every event recorded up to and including then. */
    public <R, E> Optional<R> at(String id, Instant instant, Class<E> kind, Fold<R, E> fold) {
        List<Step<R, E>> steps = steps(id, instant, kind, fold);
        return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1).after());
    }

    /** Every step of the record up to and including {@code instant}, oldest first. */
    public <R, E> List<Step<R, E>> steps(String id, Instant instant, Class<E> kind, Fold<R, E> fold) {
        Iterator<? extends DomainEventMessage<?>> stream = events.readEvents(id);
        List<Step<R, E>> steps = new ArrayList<>();
        R state = null;
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (message.getTimestamp().isAfter(instant)) {
                break;
            }
            if (!kind.isInstance(message.getPayload())) {
                if (steps.isEmpty()) {
                    return List.of();
                }
                throw new IllegalStateException(message.getPayloadType().getSimpleName() + " at sequence "
                        + message.getSequenceNumber() + " of " + id + " is not a " + kind.getSimpleName());
            }
            E event = kind.cast(message.getPayload());
            R next = fold.next(state, event, message.getSequenceNumber(), message.getTimestamp());
            steps.add(new Step<>(message, event, state, next));
            state = next;
        }
        return steps;
    }
}
