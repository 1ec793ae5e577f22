package org.egovarchive.command.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.egovarchive.kernel.event.EventJson;

import java.io.IOException;

/** Stored payloads and metadata as JSON trees; what cannot be read is null (and shows in the chain check). */
final class Payloads {

    static final ObjectMapper JSON = EventJson.mapper();

    private Payloads() {
    }

    static JsonNode tree(byte[] bytes) {
        if (bytes == null) {
            return JsonNodeFactory.instance.objectNode();
        }
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            return null;
        }
    }

    /** A field's text, or null when it is absent or JSON null. */
    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
