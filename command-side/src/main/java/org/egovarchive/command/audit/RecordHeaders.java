package org.egovarchive.command.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.egovarchive.command.rule.ActRefused;
import org.egovarchive.kernel.event.EventJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What every audit read checks first: that the record exists and is of the kind asked for, how many
 * events it has, when it began and what it is called (the title or name its first event gave it).
 */
@Component
public class RecordHeaders {

    private static final ObjectMapper JSON = EventJson.mapper();

    private final JdbcTemplate jdbc;

    public RecordHeaders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A record as its first event names it. */
    public record Header(AuditKind kind, String id, long events, Instant firstRecordedAt, String name) {
    }

    public Header require(AuditKind kind, String id) {
        return jdbc.query("select f.type, f.time_stamp, f.payload, (select count(*) from domain_event_entry e "
                                + "where e.aggregate_identifier = f.aggregate_identifier) from domain_event_entry f "
                                + "where f.aggregate_identifier = ? and f.sequence_number = 0",
                        (rs, n) -> new Found(rs.getString(1), Instant.parse(rs.getString(2)), name(rs.getBytes(3)), rs.getLong(4)),
                        id).stream().findFirst()
                .filter(found -> kind.aggregateType().equals(found.aggregateType()))
                .map(found -> new Header(kind, id, found.events(), found.firstAt(), found.name()))
                .orElseThrow(() -> ActRefused.notFound("not-found", "no " + kind.urlName() + " with id " + id));
    }

    /**
     * The most recently begun records of a kind, newest first, for the audit start page. Reads the first
     * event of every record of the kind: a scan, acceptable for a page opened by hand.
     */
    public List<Header> recent(AuditKind kind, int limit) {
        return jdbc.query("select aggregate_identifier, time_stamp, payload from domain_event_entry "
                        + "where type = ? and sequence_number = 0 order by global_index desc limit ?",
                (rs, n) -> new Header(kind, rs.getString(1), 0, Instant.parse(rs.getString(2)), name(rs.getBytes(3))),
                kind.aggregateType(), limit);
    }

    private record Found(String aggregateType, Instant firstAt, String name, long events) {
    }

    /** The title (documents, letters) or name (seals) in a first event; none if its bytes are not readable JSON. */
    private static String name(byte[] payload) {
        try {
            JsonNode first = JSON.readTree(payload);
            return Optional.ofNullable(first.get("title")).or(() -> Optional.ofNullable(first.get("name")))
                    .filter(JsonNode::isTextual).map(JsonNode::asText).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
