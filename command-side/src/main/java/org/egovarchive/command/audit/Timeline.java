package org.egovarchive.command.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import org.egovarchive.command.history.RecordRows;
import org.egovarchive.kernel.event.EventJson;
import org.egovarchive.kernel.event.EventMetadata;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * A record's timeline from its stored rows as they are — not through upcasters — so that what the
 * auditor reads is what the hash chain covers. A letter's events hold no contact details (they live in
 * a table of their own), so nothing here needs masking.
 */
@Component
public class Timeline {

    private static final ObjectMapper JSON = EventJson.mapper();

    private final RecordRows rows;

    public Timeline(RecordRows rows) {
        this.rows = rows;
    }

    public record History(String kind, String id, List<Entry> events) {
    }

    /**
     * One event. {@code eventId} is what an inclusion proof of the ledger is asked for with;
     * {@code position} is its global index in the event store.
     */
    public record Entry(long sequence, String eventId, long position, String type, String revision, Instant time,
                        String actor, String role, String department, String correlationId, String prevHash,
                        String hash, JsonNode payload) {
    }

    public History of(RecordHeaders.Header header) {
        List<Entry> entries = rows.of(header.id()).stream().map(Timeline::entry).toList();
        return new History(header.kind().urlName(), header.id(), entries);
    }

    private static Entry entry(RecordRows.Row row) {
        JsonNode metadata = tree(row.metadata());
        return new Entry(row.sequence(), row.eventId(), row.globalIndex(), row.type(), row.revision(),
                Instant.parse(row.timestamp()), text(metadata, EventMetadata.ACTOR), text(metadata, EventMetadata.ROLE),
                text(metadata, EventMetadata.DEPARTMENT), text(metadata, EventMetadata.CORRELATION_ID),
                text(metadata, EventMetadata.PREV_HASH), text(metadata, EventMetadata.HASH), tree(row.payload()));
    }

    /** The stored JSON; bytes that are not JSON (a damaged row) are shown as the text they are. */
    private static JsonNode tree(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            return TextNode.valueOf(new String(bytes, StandardCharsets.UTF_8));
        }
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node == null ? null : node.get(key);
        return value == null || value.isNull() ? null : value.asText();
    }
}
