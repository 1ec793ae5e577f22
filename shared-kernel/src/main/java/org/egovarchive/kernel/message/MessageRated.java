package org.egovarchive.kernel.message;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The writer rated the answer, 1 to 5, through their tracking code. */
@Revision("1")
public record MessageRated(String messageId, int score, String comment, Instant at) implements MessageEvent {
}
