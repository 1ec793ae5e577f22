package org.egovarchive.kernel.message;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The dispatching desk (or the automatic rule) gave the letter to a department. */
@Revision("1")
public record MessageAssigned(String messageId, String department, Instant at) implements MessageEvent {
}
