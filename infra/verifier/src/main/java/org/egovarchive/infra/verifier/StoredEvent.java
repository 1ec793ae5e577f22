package org.egovarchive.infra.verifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One line of a record's {@code events.jsonl}: a stored event with its payload and metadata as stored.
 * {@code payload} is null when the package carries the stored bytes as {@code payloadBase64}
 * (they were not JSON).
 */
public record StoredEvent(String eventId, String aggregateType, String aggregateId, long sequence, String timestamp,
                          String payloadType, String revision, JsonNode payload, JsonNode metadata) {

    static final String[] CHAINED_METADATA = {"actor", "role", "department", "correlationId", "requestTime"};

    static StoredEvent of(JsonNode line) {
        JsonNode metadata = line.get("metadata");
        if (line.has("metadataBase64")) {
            // stored metadata that is not JSON: the event is unreadable, whatever else it holds
            metadata = NullNode.getInstance();
        } else if (metadata == null || metadata.isNull()) {
            metadata = JsonNodeFactory.instance.objectNode();
        }
        return new StoredEvent(Json.text(line, "eventId"), textOrNull(line, "aggregateType"), Json.text(line, "aggregateId"),
                Json.number(line, "sequence"), Json.text(line, "timestamp"), Json.text(line, "payloadType"),
                textOrNull(line, "revision"), line.get("payload"), metadata);
    }

    /** The type the event travels under: its payload type's simple name. */
    public String type() {
        return payloadType.substring(payloadType.lastIndexOf('.') + 1);
    }

    public boolean readable() {
        return payload != null && !payload.isNull() && metadata.isObject();
    }

    public String storedHash() {
        return textOrNull(metadata, "hash");
    }

    public String storedPrevHash() {
        return textOrNull(metadata, "prevHash");
    }

    /** The hash-chain hash of this event chained from {@code prevHash} (docs/hash-chain.md). */
    public String chainHash(String prevHash) {
        ObjectNode link = JsonNodeFactory.instance.objectNode();
        link.put("prevHash", prevHash);
        link.put("aggregateId", aggregateId);
        link.put("sequence", sequence);
        link.put("type", type());
        link.put("revision", revision);
        link.set("payload", payload);
        for (String key : CHAINED_METADATA) {
            link.put(key, textOrNull(metadata, key));
        }
        return Hex.encode(Digests.sha256(Canonical.bytes(link)));
    }

    /** The leaf this event is on the ledger as (docs/ledger.md, "Leaf input"), given its chain hash. */
    public byte[] leafHash(String chainHash) {
        return Merkle.leafHash(LeafInput.bytes(eventId, aggregateType, aggregateId, sequence, timestamp, Hex.decode(chainHash)));
    }

    public String field(String name) {
        return textOrNull(payload, name);
    }

    static String textOrNull(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
