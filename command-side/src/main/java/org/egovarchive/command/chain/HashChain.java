package org.egovarchive.command.chain;

import com.fasterxml.jackson.databind.JsonNode;
import org.egovarchive.kernel.event.ChainLink;

import java.util.List;
import java.util.Map;

/**
 * The hash of one event, as the kernel's {@link ChainLink} defines it (docs/hash-chain.md); the query
 * side checks every envelope with the same code.
 */
public final class HashChain {

    /** What the first event of every aggregate chains from. */
    public static final String GENESIS = ChainLink.GENESIS;

    static final List<String> METADATA = ChainLink.METADATA;

    private HashChain() {
    }

    public static String hash(String prevHash, String aggregateId, long sequence, String type, String revision,
                              JsonNode payload, Map<String, ?> metadata) {
        return ChainLink.hash(prevHash, aggregateId, sequence, type, revision, payload, metadata);
    }

    /** The simple name an event type travels under, from a stored (fully qualified) payload type. */
    public static String simpleName(String payloadType) {
        return payloadType.substring(payloadType.lastIndexOf('.') + 1);
    }
}
