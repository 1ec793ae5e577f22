package org.egovarchive.kernel.message;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The letter was opened again and goes back to its department. */
@Revision("1")
public record MessageReopened(String messageId, String department, String reason, Instant at)
        implements MessageEvent {
}
