package org.egovarchive.kernel.event.upcast;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Objects;

/** Every upcaster, in order; brings a payload of any known revision to the current one. */
public final class Upcasters {

    public static final List<EventUpcaster> ALL = List.of(new DocumentDrafted1To2Upcaster(), new DocumentPublished1To2Upcaster());

    private Upcasters() {
    }

    /** The payload upcast step by step from {@code revision}; returns a copy, never the argument. */
    public static JsonNode toCurrent(String eventType, String revision, JsonNode payload) {
        if (!(payload instanceof ObjectNode object)) {
            return payload;
        }
        ObjectNode current = object.deepCopy();
        String at = revision;
        for (EventUpcaster step : ALL) {
            if (step.eventType().equals(eventType) && Objects.equals(step.fromRevision(), at)) {
                current = step.upcast(current);
                at = step.toRevision();
            }
        }
        return current;
    }
}
