package org.egovarchive.kernel.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.egovarchive.kernel.event.upcast.Upcasters;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads and writes {@link EventEnvelope}s and their payloads with the pinned {@link EventJson}
 * mapping. A payload that cannot be read as its declared type is an {@link UnreadableEventException},
 * so a consumer can dead-letter it with the reason instead of losing it.
 */
public final class EventCodec {

    private final ObjectMapper mapper = EventJson.shared();

    public byte[] encode(EventEnvelope envelope) {
        try {
            return mapper.writeValueAsBytes(envelope);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public EventEnvelope decode(byte[] json) {
        try {
            EventEnvelope envelope = mapper.readValue(json, EventEnvelope.class);
            if (envelope.envelopeVersion() != EventEnvelope.CURRENT_VERSION) {
                throw new UnreadableEventException("unsupported envelope version " + envelope.envelopeVersion());
            }
            return envelope;
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw new UnreadableEventException("not an event envelope: " + e.getMessage(), e);
        }
    }

    /** The payload as its event record; the type comes from the envelope. */
    public Object payload(EventEnvelope envelope) {
        return event(envelope.type(), envelope.revision(), envelope.payload());
    }

    /** A stored payload of {@code type} at {@code revision} as its current event record. */
    public Object event(String type, String revision, byte[] payload) {
        try {
            return event(type, revision, mapper.readTree(payload));
        } catch (IOException e) {
            throw new UnreadableEventException("payload is not JSON: " + e.getMessage(), e);
        }
    }

    private Object event(String type, String revision, JsonNode payload) {
        Class<?> eventType = EventTypes.byName(type)
                .orElseThrow(() -> new UnreadableEventException("unknown event type " + type));
        try {
            return mapper.treeToValue(Upcasters.toCurrent(type, revision, payload), eventType);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnreadableEventException("payload is not a readable " + type + ": " + e.getMessage(), e);
        }
    }

    /** Stored JSON bytes as a tree, read with the pinned mapping. */
    public JsonNode tree(byte[] json) {
        try {
            return mapper.readTree(json);
        } catch (IOException e) {
            throw new UnreadableEventException("not JSON: " + e.getMessage(), e);
        }
    }

    public JsonNode toTree(Object event) {
        return mapper.valueToTree(event);
    }

}
