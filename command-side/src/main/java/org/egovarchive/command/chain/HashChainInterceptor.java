package org.egovarchive.command.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.serialization.Revision;
import org.egovarchive.kernel.event.EventJson;
import org.egovarchive.kernel.event.EventMetadata;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Adds {@code prevHash} and {@code hash} to every event as the unit of work commits, in append order.
 * The previous hash of an aggregate's first event in this unit of work is read from the stored event
 * before it (same transaction); if another writer got there first, the append itself fails on the
 * (aggregate, sequence) key, so a chain can never fork.
 */
@Component
public class HashChainInterceptor implements MessageDispatchInterceptor<EventMessage<?>> {

    private final ObjectMapper json = EventJson.mapper();
    private final StoredEvents stored;

    public HashChainInterceptor(StoredEvents stored) {
        this.stored = stored;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        Map<String, String> lastHash = new HashMap<>();
        List<EventMessage<?>> chained = new ArrayList<>(messages.size());
        for (EventMessage<?> message : messages) {
            chained.add(message instanceof DomainEventMessage<?> event ? chain(event, lastHash) : message);
        }
        return (index, message) -> chained.get(index);
    }

    private EventMessage<?> chain(DomainEventMessage<?> event, Map<String, String> lastHash) {
        String aggregateId = event.getAggregateIdentifier();
        String prevHash = lastHash.computeIfAbsent(aggregateId, id -> previousHash(id, event.getSequenceNumber()));
        Revision revision = event.getPayloadType().getAnnotation(Revision.class);
        JsonNode payload = json.valueToTree(event.getPayload());
        String hash = HashChain.hash(prevHash, aggregateId, event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                revision == null ? null : revision.value(), payload, event.getMetaData());
        lastHash.put(aggregateId, hash);
        return event.andMetaData(Map.of(EventMetadata.PREV_HASH, prevHash, EventMetadata.HASH, hash));
    }

    /** The stored hash of the event before; for events recorded before the chain existed, their computed one. */
    private String previousHash(String aggregateId, long sequence) {
        if (sequence == 0) {
            return HashChain.GENESIS;
        }
        return stored.metadata(aggregateId, sequence - 1)
                .map(this::storedHash)
                .orElseGet(() -> StoredLinks.headOf(stored.of(aggregateId)));
    }

    private String storedHash(byte[] metadata) {
        try {
            JsonNode hash = metadata == null ? null : json.readTree(metadata).get(EventMetadata.HASH);
            return hash == null || !hash.isTextual() ? null : hash.asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
