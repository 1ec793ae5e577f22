package org.egovarchive.command.history;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** Stored events exactly as they are in the table, with what a package shows of them. */
@Component
public class RecordRows {

    private static final String COLUMNS = "global_index, event_identifier, type, aggregate_identifier, sequence_number, "
            + "time_stamp, payload_type, payload_revision, payload, meta_data";

    private final JdbcTemplate jdbc;

    public RecordRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One stored event. */
    public record Row(long globalIndex, String eventId, String aggregateType, String aggregateId, long sequence,
                      String timestamp, String payloadType, String revision, byte[] payload, byte[] metadata) {

        /** The event's type as it travels: the simple name of its payload type. */
        public String type() {
            return payloadType.substring(payloadType.lastIndexOf('.') + 1);
        }
    }

    public List<Row> of(String aggregateId) {
        return jdbc.query("select " + COLUMNS + " from domain_event_entry where aggregate_identifier = ? "
                + "order by sequence_number", (rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBytes(9),
                rs.getBytes(10)), aggregateId);
    }

    /**
     * Every document drafted for a department, oldest first. Reads each document's first event: a
     * full scan of those rows, acceptable for a transfer made once a year.
     */
    public List<String> documentsOf(String department) {
        return jdbc.queryForList("select aggregate_identifier from domain_event_entry where type = 'Document' "
                + "and sequence_number = 0 and convert_from(payload, 'UTF8')::jsonb ->> 'department' = ? "
                + "order by global_index", String.class, department);
    }
}
