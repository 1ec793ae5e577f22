package org.egovarchive.command.relay;

import org.axonframework.eventhandling.DomainEventMessage;
import org.egovarchive.kernel.event.EventCodec;
import org.egovarchive.kernel.event.EventEnvelope;
import org.egovarchive.kernel.event.EventTypes;

import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a stored event into the envelope of the published language. The envelope carries the payload
 * and revision as stored — not as upcast on reading — so that a reader can check the event's hash
 * (docs/hash-chain.md) and upcasts it itself, with the same kernel upcasters.
 */
final class EnvelopeFactory {

    private final EventCodec codec = new EventCodec();

    /** One stored event's row: where it stands in the store, and its payload as stored. */
    record StoredRow(long position, String revision, byte[] payload) {
    }

    EventEnvelope envelope(DomainEventMessage<?> event, StoredRow row) {
        Map<String, String> metadata = new TreeMap<>();
        event.getMetaData().forEach((key, value) -> metadata.put(key, String.valueOf(value)));
        return new EventEnvelope(
                EventEnvelope.CURRENT_VERSION,
                event.getIdentifier(),
                row.position(),
                event.getType(),
                event.getAggregateIdentifier(),
                event.getSequenceNumber(),
                EventTypes.nameOf(event.getPayloadType()),
                row.revision(),
                event.getTimestamp(),
                metadata,
                codec.tree(row.payload()));
    }

    byte[] encode(EventEnvelope envelope) {
        return codec.encode(envelope);
    }
}
