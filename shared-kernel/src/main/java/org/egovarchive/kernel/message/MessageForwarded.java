package org.egovarchive.kernel.message;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The letter belongs to another department (转办); its due date keeps running from receipt. */
@Revision("1")
public record MessageForwarded(String messageId, String fromDepartment, String toDepartment, String reason, Instant at)
        implements MessageEvent {
}
