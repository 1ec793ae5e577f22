package org.egovarchive.kernel.message;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The handling department sent the letter up to a leader (送领导阅示). */
@Revision("1")
public record MessageEscalated(String messageId, String department, String note, Instant at)
        implements MessageEvent {
}
