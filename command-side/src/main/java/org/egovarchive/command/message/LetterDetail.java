package org.egovarchive.command.message;

import org.egovarchive.kernel.message.Box;
import org.egovarchive.kernel.message.LetterRecord;
import org.egovarchive.kernel.message.MessageKind;
import org.egovarchive.kernel.message.MessageStatus;

import java.time.Instant;
import java.util.List;

/**
 * A letter as staff and auditors read it ({@code GET /api/messages/{id}}, the audit's state at an
 * instant): its record, flattened. Never the writer's contact: that is kept apart and added only for
 * those allowed to see it.
 */
public record LetterDetail(String messageId, long version, Box box, MessageKind kind, String title, String body,
                           boolean wantsPublicReply, String contactDigest, MessageStatus status, String department,
                           Instant receivedAt, int dueWorkingDays, Instant dueAt, boolean extended, boolean escalated,
                           List<LetterRecord.Note> notes, String reply, boolean replyPublic, Instant repliedAt,
                           Instant closedAt, Integer rating) {

    public static LetterDetail of(LetterRecord r) {
        LetterRecord.Letter letter = r.letter();
        LetterRecord.Reply reply = r.reply();
        return new LetterDetail(r.messageId(), r.version(), letter.box(), letter.kind(), letter.title(), letter.body(),
                letter.wantsPublicReply(), letter.contactDigest(), r.status(), r.department(), letter.receivedAt(),
                r.due().workingDays(), r.due().dueAt(), r.due().extended(), r.escalatedAt() != null, r.notes(),
                reply == null ? null : reply.body(), reply != null && reply.publicReply(),
                reply == null ? null : reply.at(), r.closedAt(), r.rating());
    }
}
