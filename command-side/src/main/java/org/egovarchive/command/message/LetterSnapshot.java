package org.egovarchive.command.message;

import org.egovarchive.kernel.message.Box;
import org.egovarchive.kernel.message.LeaderInstructed;
import org.egovarchive.kernel.message.MessageAssigned;
import org.egovarchive.kernel.message.MessageClosed;
import org.egovarchive.kernel.message.MessageEscalated;
import org.egovarchive.kernel.message.MessageExplained;
import org.egovarchive.kernel.message.MessageForwarded;
import org.egovarchive.kernel.message.MessageKind;
import org.egovarchive.kernel.message.MessageRated;
import org.egovarchive.kernel.message.MessageReceived;
import org.egovarchive.kernel.message.MessageReopened;
import org.egovarchive.kernel.message.MessageReplied;
import org.egovarchive.kernel.message.MessageStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A letter as its events make it. The aggregate keeps its state in one of these; the staff API,
 * the tracking-code answer and the audit rebuild it with the same fold.
 *
 * @param department the department holding it now (null until assigned)
 * @param notes      forwards, escalations, instructions and explanations: internal, never shown to the writer
 */
public record LetterSnapshot(
        String messageId,
        long version,
        Box box,
        MessageKind kind,
        String title,
        String body,
        boolean wantsPublicReply,
        String contactDigest,
        MessageStatus status,
        String department,
        Instant receivedAt,
        int dueWorkingDays,
        Instant dueAt,
        boolean extended,
        boolean escalated,
        List<Note> notes,
        String reply,
        boolean replyPublic,
        Instant repliedAt,
        Instant closedAt,
        Integer rating) {

    /** One internal step of the handling. */
    public record Note(String kind, String department, String text, Instant at) {
    }

    public LetterSnapshot {
        notes = List.copyOf(notes);
    }

    public static LetterSnapshot received(MessageReceived e, long version) {
        return new LetterSnapshot(e.messageId(), version, e.box(), e.kind(), e.title(), e.body(), e.wantsPublicReply(),
                e.contactDigest(), MessageStatus.RECEIVED, null, e.at(), e.dueWorkingDays(), e.dueAt(), false, false,
                List.of(), null, false, null, null, null);
    }

    public LetterSnapshot apply(Object event, long newVersion) {
        List<Note> n = new ArrayList<>(notes);
        MessageStatus s = status;
        String dept = department;
        Instant due = dueAt;
        boolean ext = extended;
        boolean esc = escalated;
        String rep = reply;
        boolean pub = replyPublic;
        Instant repAt = repliedAt;
        Instant closed = closedAt;
        Integer rated = rating;
        if (event instanceof MessageAssigned e) {
            s = MessageStatus.ASSIGNED;
            dept = e.department();
        } else if (event instanceof MessageForwarded e) {
            s = MessageStatus.ASSIGNED;
            dept = e.toDepartment();
            n.add(new Note("FORWARDED", e.fromDepartment(), "转办至 " + e.toDepartment() + "：" + e.reason(), e.at()));
        } else if (event instanceof MessageEscalated e) {
            s = MessageStatus.ESCALATED;
            esc = true;
            n.add(new Note("ESCALATED", e.department(), e.note(), e.at()));
        } else if (event instanceof LeaderInstructed e) {
            s = MessageStatus.INSTRUCTED;
            n.add(new Note("INSTRUCTED", e.leader(), e.instruction(), e.at()));
        } else if (event instanceof MessageExplained e) {
            s = MessageStatus.EXPLAINED;
            if (e.extendedWorkingDays() > 0) {
                ext = true;
                due = e.newDueAt();
            }
            n.add(new Note("EXPLAINED", e.department(), e.explanation(), e.at()));
        } else if (event instanceof MessageReplied e) {
            s = MessageStatus.REPLIED;
            rep = e.body();
            pub = e.publicReply();
            repAt = e.at();
        } else if (event instanceof MessageClosed e) {
            s = MessageStatus.CLOSED;
            closed = e.at();
        } else if (event instanceof MessageRated e) {
            rated = e.score();
        } else if (event instanceof MessageReopened e) {
            s = MessageStatus.ASSIGNED;
            closed = null;
            n.add(new Note("REOPENED", e.department(), e.reason(), e.at()));
        }
        return new LetterSnapshot(messageId, newVersion, box, kind, title, body, wantsPublicReply, contactDigest, s, dept,
                receivedAt, dueWorkingDays, due, ext, esc, n, rep, pub, repAt, closed, rated);
    }

    /** Answered: replied or closed. */
    public boolean answered() {
        return repliedAt != null;
    }
}
