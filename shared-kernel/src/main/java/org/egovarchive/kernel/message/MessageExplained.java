package org.egovarchive.kernel.message;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The department cannot answer in time and explained why (解释说明); if {@code extendedWorkingDays}
 * is above 0, the due date moved to {@code newDueAt} (once per letter, to at most 15 working days).
 */
@Revision("1")
public record MessageExplained(String messageId, String department, String explanation, int extendedWorkingDays,
                               Instant newDueAt, Instant at) implements MessageEvent {
}
