package org.egovarchive.kernel.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.egovarchive.kernel.canonical.CanonicalJson;
import org.egovarchive.kernel.seal.Hex;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One link of an aggregate's hash chain (docs/hash-chain.md): SHA-256 over the canonical JSON (RFC 8785)
 * of {@code {"actor","aggregateId","correlationId","department","payload","prevHash","requestTime",
 * "revision","role","sequence","type"}} — the stored payload and revision, the event's simple type name,
 * five metadata values (null when absent) and the previous event's hash ({@link #GENESIS} for the
 * first). The command side computes it when events are appended; the query side checks every envelope
 * with it, since an envelope carries the stored payload and revision and the stored hashes.
 */
public final class ChainLink {

    /** What the first event of every aggregate chains from. */
    public static final String GENESIS = "0".repeat(64);

    /** The metadata that is part of a link. */
    public static final List<String> METADATA = List.of(EventMetadata.ACTOR, EventMetadata.ROLE,
            EventMetadata.DEPARTMENT, EventMetadata.CORRELATION_ID, EventMetadata.REQUEST_TIME);

    private ChainLink() {
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

    /**
     * Why an envelope is not the event it claims to be, if it is not: its stored hash is missing, or
     * is not the hash of what it carries chained from its stored {@code prevHash}.
     */
    public static Optional<String> problem(EventEnvelope envelope) {
        String stored = envelope.metadata(EventMetadata.HASH);
        String prev = envelope.metadata(EventMetadata.PREV_HASH);
        if (stored == null || prev == null) {
            return Optional.of("it carries no hash chain (prevHash and hash)");
        }
        if (envelope.sequence() == 0 && !GENESIS.equals(prev)) {
            return Optional.of("a first event must chain from the genesis value");
        }
        String computed;
        try {
            computed = hash(prev, envelope.aggregateId(), envelope.sequence(), envelope.type(), envelope.revision(),
                    envelope.payload(), envelope.metadata());
        } catch (IllegalArgumentException notCanonical) {
            return Optional.of("its payload has no canonical form: " + notCanonical.getMessage());
        }
        return computed.equals(stored) ? Optional.empty()
                : Optional.of("its hash is not the hash of what it carries (altered or forged)");
    }

    /**
     * The envelope with {@code prevHash} and its own {@code hash} in its metadata, chained from
     * {@code prevHash}: what the command side's store holds for an event, for whoever stands in for
     * it (test feeds, benchmarks, imports).
     */
    public static EventEnvelope chained(EventEnvelope envelope, String prevHash) {
        Map<String, String> metadata = new TreeMap<>(envelope.metadata());
        metadata.remove(EventMetadata.HASH);
        metadata.put(EventMetadata.PREV_HASH, prevHash);
        metadata.put(EventMetadata.HASH, hash(prevHash, envelope.aggregateId(), envelope.sequence(), envelope.type(),
                envelope.revision(), envelope.payload(), metadata));
        return new EventEnvelope(envelope.envelopeVersion(), envelope.eventId(), envelope.position(),
                envelope.aggregateType(), envelope.aggregateId(), envelope.sequence(), envelope.type(),
                envelope.revision(), envelope.occurredAt(), metadata, envelope.payload());
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
