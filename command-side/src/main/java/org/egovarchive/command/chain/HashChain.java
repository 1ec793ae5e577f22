package org.egovarchive.command.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.egovarchive.kernel.canonical.CanonicalJson;
import org.egovarchive.kernel.event.EventMetadata;
import org.egovarchive.kernel.seal.Hex;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;

/**
 * The hash of one event: SHA-256 over the canonical JSON (RFC 8785) of the object
 * <pre>{"actor","aggregateId","correlationId","department","payload","prevHash","requestTime","revision","role","sequence","type"}</pre>
 * where {@code payload} is the stored payload as JSON, {@code type} the event's simple name, {@code revision}
 * its stored schema revision, the five metadata values as stored (null when absent), and {@code prevHash}
 * the previous event's hash, or {@link #GENESIS} for an aggregate's first event. Lowercase hex.
 */
public final class HashChain {

    /** What the first event of every aggregate chains from. */
    public static final String GENESIS = "0".repeat(64);

    static final List<String> METADATA = List.of(EventMetadata.ACTOR, EventMetadata.ROLE, EventMetadata.DEPARTMENT,
            EventMetadata.CORRELATION_ID, EventMetadata.REQUEST_TIME);

    private HashChain() {
    }

    public static String hash(String prevHash, String aggregateId, long sequence, String type, String revision,
                              JsonNode payload, Map<String, ?> metadata) {
        ObjectNode link = JsonNodeFactory.instance.objectNode();
        link.put("prevHash", prevHash);
        link.put("aggregateId", aggregateId);
        link.put("sequence", sequence);
        link.put("type", type);
        link.put("revision", revision);
        link.set("payload", payload);
        for (String key : METADATA) {
            Object value = metadata.get(key);
            link.put(key, value == null ? null : String.valueOf(value));
        }
        return Hex.encode(sha256(CanonicalJson.bytes(link)));
    }

    /** The simple name an event type travels under, from a stored (fully qualified) payload type. */
    public static String simpleName(String payloadType) {
        return payloadType.substring(payloadType.lastIndexOf('.') + 1);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
