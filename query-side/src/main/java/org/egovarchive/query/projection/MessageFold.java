package org.egovarchive.query.projection;

import org.egovarchive.kernel.calendar.WorkingDayCalendar;
import org.egovarchive.kernel.message.LeaderInstructed;
import org.egovarchive.kernel.message.MessageAssigned;
import org.egovarchive.kernel.message.MessageClosed;
import org.egovarchive.kernel.message.MessageEscalated;
import org.egovarchive.kernel.message.MessageExplained;
import org.egovarchive.kernel.message.MessageForwarded;
import org.egovarchive.kernel.message.MessageRated;
import org.egovarchive.kernel.message.MessageReceived;
import org.egovarchive.kernel.message.MessageReopened;
import org.egovarchive.kernel.message.MessageReplied;
import org.egovarchive.kernel.message.MessageStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How each letter event changes a {@link MessageView}. The text is kept while the writer wants a
 * public reply, and dropped again unless the reply is public too.
 */
final class MessageFold {

    private final WorkingDayCalendar calendar;

    MessageFold(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    MessageView received(MessageReceived e, long version) {
        return new MessageView(e.messageId(), version, e.box(), e.kind(), MessageStatus.RECEIVED, null, List.of(),
                e.wantsPublicReply(), false, null, null, null, e.at(), e.dueWorkingDays(), e.dueAt(), null, null, null,
                null, null, null, null, null, null, 0, false, false, 0, null)
                .withText(e.wantsPublicReply() ? e.title() : null, e.wantsPublicReply() ? e.body() : null);
    }

    MessageView apply(MessageView v, Object event, long version) {
        Mutable m = new Mutable(v);
        if (event instanceof MessageAssigned e) {
            m.status = MessageStatus.ASSIGNED;
            m.moveTo(e.department());
        } else if (event instanceof MessageForwarded e) {
            m.status = MessageStatus.ASSIGNED;
            m.moveTo(e.toDepartment());
            m.forwards++;
        } else if (event instanceof MessageEscalated e) {
            m.status = MessageStatus.ESCALATED;
            m.escalated = true;
            m.escalatedAt = e.at();
        } else if (event instanceof LeaderInstructed e) {
            m.status = MessageStatus.INSTRUCTED;
            m.instructedAt = e.at();
        } else if (event instanceof MessageExplained e) {
            m.status = MessageStatus.EXPLAINED;
            m.explained = true;
            m.firstResponse(e.at());
            if (e.extendedWorkingDays() > 0) {
                m.extended = e.extendedWorkingDays();
                m.dueAt = e.newDueAt();
            }
        } else if (event instanceof MessageReplied e) {
            m.status = MessageStatus.REPLIED;
            m.firstResponse(e.at());
            m.repliedAt = e.at();
            m.replyPublic = e.publicReply();
            m.reply = v.wantsPublicReply() && e.publicReply() ? e.body() : null;
            m.replyHours = hours(v.receivedAt(), e.at());
            m.replyWorkingDays = calendar.workingDaysBetween(v.receivedAt(), e.at());
            m.onTime = !e.at().isAfter(m.dueAt);
        } else if (event instanceof MessageClosed e) {
            m.status = MessageStatus.CLOSED;
            m.closedAt = e.at();
        } else if (event instanceof MessageRated e) {
            m.rating = e.score();
        } else if (event instanceof MessageReopened) {
            m.status = MessageStatus.ASSIGNED;
            m.closedAt = null;
        }
        return m.build(version);
    }

    private static double hours(Instant from, Instant to) {
        return Duration.between(from, to).toSeconds() / 3600.0;
    }

    private static final class Mutable {
        private final MessageView v;
        MessageStatus status;
        String department;
        final List<String> departments;
        boolean replyPublic;
        String reply;
        Instant dueAt;
        Instant firstResponseAt;
        Instant escalatedAt;
        Instant instructedAt;
        Instant repliedAt;
        Instant closedAt;
        Double replyHours;
        Integer replyWorkingDays;
        Boolean onTime;
        int forwards;
        boolean escalated;
        boolean explained;
        int extended;
        Integer rating;

        Mutable(MessageView v) {
            this.v = v;
            status = v.status();
            department = v.department();
            departments = new ArrayList<>(v.departments());
            replyPublic = v.replyPublic();
            reply = v.reply();
            dueAt = v.dueAt();
            firstResponseAt = v.firstResponseAt();
            escalatedAt = v.escalatedAt();
            instructedAt = v.instructedAt();
            repliedAt = v.repliedAt();
            closedAt = v.closedAt();
            replyHours = v.replyHours();
            replyWorkingDays = v.replyWorkingDays();
            onTime = v.onTime();
            forwards = v.forwards();
            escalated = v.escalated();
            explained = v.explained();
            extended = v.extendedWorkingDays();
            rating = v.rating();
        }

        void moveTo(String to) {
            department = to;
            departments.add(to);
        }

        void firstResponse(Instant at) {
            if (firstResponseAt == null) {
                firstResponseAt = at;
            }
        }

        MessageView build(long version) {
            boolean textPublic = v.wantsPublicReply() && (repliedAt == null || replyPublic);
            return new MessageView(v.id(), version, v.box(), v.kind(), status, department, departments,
                    v.wantsPublicReply(), replyPublic, textPublic ? v.title() : null, textPublic ? v.body() : null, reply,
                    v.receivedAt(), v.dueWorkingDays(), dueAt, firstResponseAt, escalatedAt, instructedAt, repliedAt,
                    closedAt, replyHours, replyWorkingDays,
                    firstResponseAt == null ? null : hours(v.receivedAt(), firstResponseAt), onTime, forwards, escalated,
                    explained, extended, rating);
        }
    }
}
