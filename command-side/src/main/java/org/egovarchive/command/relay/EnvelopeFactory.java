package org.egovarchive.command.relay;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.Revision;
import org.egovarchive.kernel.event.EventCodec;
import org.egovarchive.kernel.event.EventEnvelope;
import org.egovarchive.kernel.event.EventTypes;

import java.util.Map;
import java.util.TreeMap;

/** Turns a stored event into the envelope of the published language. */
final class EnvelopeFactory {

    private final EventCodec codec = new EventCodec();

    EventEnvelope envelope(DomainEventMessage<?> event, long position) {
        Class<?> payloadType = event.getPayloadType();
        Revision revision = payloadType.getAnnotation(Revision.class);
        Map<String, String> metadata = new TreeMap<>();
        event.getMetaData().forEach((key, value) -> metadata.put(key, String.valueOf(value)));
        return new EventEnvelope(
                EventEnvelope.CURRENT_VERSION,
                event.getIdentifier(),
                position,
                event.getType(),
                event.getAggregateIdentifier(),
                event.getSequenceNumber(),
                EventTypes.nameOf(payloadType),
                revision == null ? null : revision.value(),
                event.getTimestamp(),
                metadata,
                codec.toTree(event.getPayload()));
    }

    byte[] encode(EventEnvelope envelope) {
        return codec.encode(envelope);
    }
}
