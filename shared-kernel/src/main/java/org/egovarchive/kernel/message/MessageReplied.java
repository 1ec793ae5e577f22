package org.egovarchive.kernel.message;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The department answered; {@code publicReply} says whether the answer may be published. */
@Revision("1")
public record MessageReplied(String messageId, String department, String body, boolean publicReply, Instant at)
        implements MessageEvent {
}
