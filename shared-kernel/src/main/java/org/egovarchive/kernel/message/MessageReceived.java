package org.egovarchive.kernel.message;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A citizen wrote to the message board or the leader mailbox. The writer's contact details are not
 * in this event: they are kept apart, readable only by the handling staff and erasable, and this
 * event holds their digest ({@code contactDigest}, SHA-256 of the canonical contact, lowercase hex) so
 * the record still proves what was given. The tracking code is known only by its SHA-256.
 *
 * @param at                  when the letter was received (the time of the act)
 * @param wantsPublicReply    the writer agreed that the letter and its reply may be published
 * @param dueWorkingDays      the working days allowed for this box and kind
 * @param dueAt               the end of the due day, in working days from receipt
 * @param trackingCodeHash    SHA-256 of the tracking code given to the writer, lowercase hex
 */
@Revision("1")
public record MessageReceived(
        String messageId,
        Box box,
        MessageKind kind,
        String title,
        String body,
        boolean wantsPublicReply,
        String contactDigest,
        String trackingCodeHash,
        int dueWorkingDays,
        Instant dueAt,
        Instant at) implements MessageEvent {
}
