package org.egovarchive.query.projection;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.egovarchive.kernel.message.Box;
import org.egovarchive.kernel.message.MessageKind;
import org.egovarchive.kernel.message.MessageStatus;

import java.time.Instant;
import java.util.List;

/**
 * A letter as {@code messages} holds it: everything the efficiency statistics, overdue lists, the
 * leader queue and the public replies board need. Never the writer's contact details (they are not in
 * the events at all). The letter's and the reply's text are kept only when both the writer and the
 * department made them public; otherwise only the figures.
 *
 * @param department       the department holding it now, which answers for it in the statistics
 * @param departments      every department that held it, in order
 * @param firstResponseAt  the first explanation or reply
 * @param onTime           replied by the due date; null while unanswered
 * @param replyWorkingDays working days from receipt to reply (the calendar's {@code workingDaysBetween})
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
        Integer rating) {

    public MessageView {
        departments = departments == null ? List.of() : List.copyOf(departments);
    }

    MessageView withText(String newTitle, String newBody) {
        return new MessageView(id, version, box, kind, status, department, departments, wantsPublicReply, replyPublic,
                newTitle, newBody, reply, receivedAt, dueWorkingDays, dueAt, firstResponseAt, escalatedAt, instructedAt,
                repliedAt, closedAt, replyHours, replyWorkingDays, firstResponseHours, onTime, forwards, escalated,
                explained, extendedWorkingDays, rating);
    }

    /** On the public replies board: both the writer and the department chose to publish. */
    @JsonIgnore
    public boolean isPublic() {
        return wantsPublicReply && replyPublic && repliedAt != null;
    }
}
