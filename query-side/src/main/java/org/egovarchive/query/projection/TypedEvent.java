package org.egovarchive.query.projection;

import org.egovarchive.kernel.event.EventEnvelope;

/** An envelope together with its payload read as the event record. */
public record TypedEvent(EventEnvelope envelope, Object payload) {
}
