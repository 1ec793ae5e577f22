package org.egovarchive.query.projection;

import org.egovarchive.kernel.event.EventEnvelope;

/** Where events go that a projection cannot use: kept with the reason, counted, never silently dropped. */
public interface DeadLetters {

    void reject(EventEnvelope envelope, String reason);

    void reject(byte[] raw, String key, String reason);
}
