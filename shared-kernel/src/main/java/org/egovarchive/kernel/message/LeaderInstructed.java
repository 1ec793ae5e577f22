package org.egovarchive.kernel.message;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A leader gave an instruction (批示) on a letter sent up. */
@Revision("1")
public record LeaderInstructed(String messageId, String leader, String instruction, Instant at)
        implements MessageEvent {
}
