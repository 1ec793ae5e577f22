package org.egovarchive.kernel.event;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One stored event as it travels on Kafka. {@code position} is the event store's global index,
 * {@code sequence} the event's place in its aggregate (and the external version of whatever a
 * projection writes for that aggregate). {@code type} is the event's simple name, {@code revision}
 * its schema revision; {@code payload} the event record as JSON.
 *
 * @param envelopeVersion version of this envelope shape, {@link #CURRENT_VERSION} when written now
 */
public record EventEnvelope(
        int envelopeVersion,
        String eventId,
        long position,
        String aggregateType,
        String aggregateId,
        long sequence,
        String type,
        String revision,
        Instant occurredAt,
        Map<String, String> metadata,
        JsonNode payload) {

    public static final int CURRENT_VERSION = 1;

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(payload, "payload");
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    public String metadata(String key) {
        return metadata.get(key);
    }
}
