package org.egovarchive.command.chain;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Reads stored events as they are in the table, bytes and all — the hash chain is about what is
 * stored, not about what a serializer or upcaster makes of it.
 */
@Component
public class StoredEvents {

    private final JdbcTemplate jdbc;

    public StoredEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One stored row. */
    public record Row(long globalIndex, String aggregateId, long sequence, String aggregateType, String payloadType,
                      String revision, byte[] payload, byte[] metadata, String timestamp) {
    }

    public List<Row> of(String aggregateId) {
        return jdbc.query("select global_index, aggregate_identifier, sequence_number, type, payload_type, payload_revision, "
                        + "payload, meta_data, time_stamp from domain_event_entry where aggregate_identifier = ? "
                        + "order by sequence_number",
                (rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getBytes(7), rs.getBytes(8), rs.getString(9)),
                aggregateId);
    }

    public Optional<byte[]> metadata(String aggregateId, long sequence) {
        return jdbc.query("select meta_data from domain_event_entry where aggregate_identifier = ? and sequence_number = ?",
                (rs, n) -> rs.getBytes(1), aggregateId, sequence).stream().findFirst();
    }
}
