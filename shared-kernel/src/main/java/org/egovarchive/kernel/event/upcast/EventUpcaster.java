package org.egovarchive.kernel.event.upcast;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One step of an event's schema: from {@code fromRevision()} to {@code toRevision()} of {@code eventType()}. */
public interface EventUpcaster {

    String eventType();

    String fromRevision();

    String toRevision();

    /** The payload in the new shape; {@code payload} may be changed in place and returned. */
    ObjectNode upcast(ObjectNode payload);
}
