package org.egovarchive.command.seal;

import org.egovarchive.command.history.RecordHistory;
import org.egovarchive.kernel.seal.SealEvent;
import org.egovarchive.kernel.seal.SealRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads seals from the event store, so every check sees the seal exactly as its events say — on
 * every instance, with no cache to go stale.
 */
@Component
public class SealRegistry {

    private final RecordHistory history;
    private final JdbcTemplate jdbc;

    public SealRegistry(RecordHistory history, JdbcTemplate jdbc) {
        this.history = history;
        this.jdbc = jdbc;
    }

    public Optional<SealRecord> find(String sealId) {
        return history.current(sealId, SealEvent.class, SealRecord::next);
    }

    /** The seal as it stood at {@code instant}: every event recorded up to and including then (the audit view). */
    public Optional<SealRecord> at(String sealId, Instant instant) {
        return history.at(sealId, instant, SealEvent.class, SealRecord::next);
    }

    public List<SealRecord> all() {
        return jdbc.queryForList("select aggregate_identifier from domain_event_entry where type = 'Seal' "
                        + "and sequence_number = 0 order by global_index", String.class)
                .stream().map(this::find).flatMap(Optional::stream).toList();
    }
}
