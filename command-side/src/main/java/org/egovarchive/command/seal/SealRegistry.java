package org.egovarchive.command.seal;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.egovarchive.kernel.seal.SealRegistered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Reads seals from the event store, so every check sees the seal exactly as its events say — on
 * every instance, with no cache to go stale.
 */
@Component
public class SealRegistry {

    private final EventStore events;
    private final JdbcTemplate jdbc;

    public SealRegistry(EventStore events, JdbcTemplate jdbc) {
        this.events = events;
        this.jdbc = jdbc;
    }

    public Optional<SealState> find(String sealId) {
        return at(sealId, Instant.MAX);
    }

    /** The seal as it stood at {@code instant}: every event recorded up to and including then (the audit view). */
    public Optional<SealState> at(String sealId, Instant instant) {
        Iterator<? extends DomainEventMessage<?>> stream = events.readEvents(sealId);
        if (!stream.hasNext()) {
            return Optional.empty();
        }
        DomainEventMessage<?> first = stream.next();
        if (!(first.getPayload() instanceof SealRegistered registered) || first.getTimestamp().isAfter(instant)) {
            return Optional.empty();
        }
        SealState state = SealState.registered(registered, first.getTimestamp(), first.getSequenceNumber());
        while (stream.hasNext()) {
            DomainEventMessage<?> next = stream.next();
            if (next.getTimestamp().isAfter(instant)) {
                break;
            }
            state = state.apply(next.getPayload(), next.getTimestamp(), next.getSequenceNumber());
        }
        return Optional.of(state);
    }

    public List<SealState> all() {
        return jdbc.queryForList("select aggregate_identifier from domain_event_entry where type = 'Seal' "
                        + "and sequence_number = 0 order by global_index", String.class)
                .stream().map(this::find).flatMap(Optional::stream).toList();
    }
}
