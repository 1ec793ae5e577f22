package org.egovarchive.command.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.egovarchive.kernel.event.EventTypes;
import org.egovarchive.kernel.event.upcast.EventUpcaster;

/**
 * One step of the shared kernel's upcasters, applied to events as Axon reads them from the store:
 * the same JSON transformation the query side applies to old envelopes.
 */
final class KernelUpcaster extends SingleEventUpcaster {

    private final EventUpcaster step;
    private final String storedType;

    KernelUpcaster(EventUpcaster step) {
        this.step = step;
        this.storedType = EventTypes.byName(step.eventType())
                .orElseThrow(() -> new IllegalArgumentException("unknown event type " + step.eventType()))
                .getName();
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return storedType.equals(representation.getType().getName())
                && step.fromRevision().equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(storedType, step.toRevision()), JsonNode.class,
                payload -> step.upcast(((ObjectNode) payload).deepCopy()));
    }
}
