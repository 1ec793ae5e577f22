package org.egovarchive.command.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.egovarchive.kernel.event.EventJson;
import org.egovarchive.kernel.event.EventMetadata;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The hash chain's view of one stored row: its stored {@code prevHash} and {@code hash} (absent for
 * events recorded before the chain existed) and the hash its bytes produce.
 */
public final class StoredLinks {

    private static final ObjectMapper JSON = EventJson.mapper();

    private StoredLinks() {
    }

    /** A stored row read for the chain; {@code readable} is false when its payload or metadata is not JSON. */
    record Link(StoredEvents.Row row, boolean readable, String storedPrevHash, String storedHash, JsonNode payload,
                Map<String, Object> metadata) {

        /** The hash of this row's bytes, chained from {@code prev}. */
        String computeHash(String prev) {
            return HashChain.hash(prev, row.aggregateId(), row.sequence(), HashChain.simpleName(row.payloadType()),
                    row.revision(), payload, metadata);
        }

        /** Recorded before the chain existed: neither hash is stored. */
        boolean legacy() {
            return storedHash == null && storedPrevHash == null;
        }
    }

    static Link read(StoredEvents.Row row) {
        try {
            JsonNode metadata = row.metadata() == null ? JSON.createObjectNode() : JSON.readTree(row.metadata());
            JsonNode payload = JSON.readTree(row.payload());
            Map<String, Object> values = new HashMap<>();
            HashChain.METADATA.forEach(key -> values.put(key, text(metadata, key)));
            return new Link(row, true, text(metadata, EventMetadata.PREV_HASH), text(metadata, EventMetadata.HASH),
                    payload, values);
        } catch (IOException e) {
            return new Link(row, false, null, null, null, Map.of());
        }
    }

    /** The hash the event after this aggregate's stored events must chain from. */
    public static String headOf(Iterable<StoredEvents.Row> rows) {
        String prev = HashChain.GENESIS;
        for (StoredEvents.Row row : rows) {
            Link link = read(row);
            prev = link.storedHash() != null ? link.storedHash() : link.computeHash(prev);
        }
        return prev;
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? null : value.asText();
    }
}
