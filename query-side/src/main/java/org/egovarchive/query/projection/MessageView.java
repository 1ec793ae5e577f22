package org.egovarchive.query.projection;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.egovarchive.kernel.calendar.WorkingDayCalendar;
import org.egovarchive.kernel.message.Box;
import org.egovarchive.kernel.message.LetterRecord;
import org.egovarchive.kernel.message.MessageKind;
import org.egovarchive.kernel.message.MessageStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A letter as {@code messages} holds it: the fields the efficiency statistics, overdue lists, the
 * leader queue and the public replies board filter and aggregate on, derived from the letter's
 * {@link LetterRecord} as it may leave the command side ({@link LetterRecord#withoutPrivateText()}),
 * which is stored alongside, not indexed, as the projection's state. Never the writer's contact details
 * (they are not in the events at all). The letter's and the reply's text are kept only when both the
 * writer and the department made them public; otherwise only the figures.
 *
 * @param department       the department holding it now, which answers for it in the statistics
 * @param departments      every department that held it, in order
 * @param firstResponseAt  the first explanation or reply
 * @param onTime           replied by the due date; null while unanswered
 * @param replyWorkingDays working days from receipt to reply (the calendar's {@code workingDaysBetween})
 * @param record           the letter itself; left out of list reads (source filtering), so null there
 * @param lastHash         the hash of the last event applied, which the next must chain from
 * @param hold             why the view stopped, if its stream has a hole
 */
public record MessageView(
        String id,
        long version,
        Box box,
        MessageKind kind,
        MessageStatus status,
        String department,
        List<String> departments,
        boolean wantsPublicReply,
        boolean replyPublic,
        String title,
        String body,
        String reply,
        Instant receivedAt,
        int dueWorkingDays,
        Instant dueAt,
        Instant firstResponseAt,
        Instant escalatedAt,
        Instant instructedAt,
        Instant repliedAt,
        Instant closedAt,
        Double replyHours,
        Integer replyWorkingDays,
        Double firstResponseHours,
        Boolean onTime,
        int forwards,
        boolean escalated,
        boolean explained,
        int extendedWorkingDays,
        Integer rating,
        @JsonInclude(JsonInclude.Include.NON_NULL) LetterRecord record,
        String lastHash,
        Hold hold) implements Projected<LetterRecord> {

    public MessageView {
        departments = departments == null ? List.of() : List.copyOf(departments);
    }

    /** @param letter a record without private text */
    static MessageView of(LetterRecord letter, String lastHash, Hold hold, WorkingDayCalendar calendar) {
        LetterRecord.Letter sent = letter.letter();
        LetterRecord.Reply reply = letter.reply();
        Instant received = sent.receivedAt();
        Instant repliedAt = reply == null ? null : reply.at();
        return new MessageView(letter.messageId(), letter.version(), sent.box(), sent.kind(), letter.status(),
                letter.department(), letter.departments(), sent.wantsPublicReply(), reply != null && reply.publicReply(),
                sent.title(), sent.body(), reply == null ? null : reply.body(), received, letter.due().workingDays(),
                letter.due().dueAt(), letter.firstResponseAt(), letter.escalatedAt(), letter.instructedAt(), repliedAt,
                letter.closedAt(), repliedAt == null ? null : hours(received, repliedAt),
                repliedAt == null ? null : calendar.workingDaysBetween(received, repliedAt),
                letter.firstResponseAt() == null ? null : hours(received, letter.firstResponseAt()),
                repliedAt == null ? null : !repliedAt.isAfter(letter.due().dueAt()), (int) letter.forwards(),
                letter.escalatedAt() != null, letter.explained(), letter.due().extendedWorkingDays(), letter.rating(),
                letter, lastHash, hold);
    }

    private static double hours(Instant from, Instant to) {
        return Duration.between(from, to).toSeconds() / 3600.0;
    }

    /** On the public replies board: both the writer and the department chose to publish. */
    @JsonIgnore
    public boolean isPublic() {
        return wantsPublicReply && replyPublic && repliedAt != null;
    }
}
