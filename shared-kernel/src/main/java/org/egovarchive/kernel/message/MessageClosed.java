package org.egovarchive.kernel.message;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The letter is done (办结). */
@Revision("1")
public record MessageClosed(String messageId, String department, Instant at) implements MessageEvent {
}
