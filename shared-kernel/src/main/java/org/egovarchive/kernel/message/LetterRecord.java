package org.egovarchive.kernel.message;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A letter as its events make it: the one fold of a letter. The command side's aggregate keeps its
 * state in one; the staff API, the tracking-code answer and the audit rebuild it; the query side's
 * {@code messages} read model is derived from it. A state or a fact added to a letter's life is taught
 * here, in {@link #next}, and nowhere else.
 *
 * @param version         sequence number of the last event applied
 * @param department      the department holding it now (null until assigned)
 * @param departments     every department that held it, in order
 * @param notes           forwards, escalations, instructions, explanations and reopenings: internal,
 *                        never shown to the writer
 * @param firstResponseAt the first explanation or reply
 * @param reply           the answer, once given
 */
public record LetterRecord(
        String messageId,
        long version,
        Letter letter,
        MessageStatus status,
        String department,
        List<String> departments,
        Due due,
        List<Note> notes,
        Instant firstResponseAt,
        Instant escalatedAt,
        Instant instructedAt,
        Reply reply,
        Instant closedAt,
        Integer rating) {

    /**
     * What the writer sent, as received. {@code contactDigest} stands for the contact kept apart.
     *
     * @param wantsPublicReply the writer agreed that the letter and its reply may be published
     */
    public record Letter(Box box, MessageKind kind, String title, String body, boolean wantsPublicReply,
                         String contactDigest, Instant receivedAt) {
    }

    /** The due date: {@code workingDays} from receipt, moved once by an explanation by {@code extendedWorkingDays}. */
    public record Due(int workingDays, Instant dueAt, int extendedWorkingDays) {
        public boolean extended() {
            return extendedWorkingDays > 0;
        }
    }

    /** One internal step of the handling. */
    public record Note(NoteKind kind, String department, String text, Instant at) {
    }

    /** The kinds of internal steps. */
    public enum NoteKind {
        FORWARDED, ESCALATED, INSTRUCTED, EXPLAINED, REOPENED
    }

    /** The department's answer; {@code publicReply}: the department agreed to publish it. */
    public record Reply(String body, boolean publicReply, Instant at) {
    }

    public LetterRecord {
        departments = List.copyOf(departments);
        notes = List.copyOf(notes);
    }

    /** The fold: {@code prior} with one more event applied, or the new letter when {@code prior} is null. */
    public static LetterRecord next(LetterRecord prior, MessageEvent event, long sequence) {
        if (prior == null) {
            if (event instanceof MessageReceived e) {
                return new LetterRecord(e.messageId(), sequence, new Letter(e.box(), e.kind(), e.title(), e.body(),
                        e.wantsPublicReply(), e.contactDigest(), e.at()), MessageStatus.RECEIVED, null, List.of(),
                        new Due(e.dueWorkingDays(), e.dueAt(), 0), List.of(), null, null, null, null, null, null);
            }
            throw new IllegalArgumentException("a letter begins with MessageReceived, not " + name(event));
        }
        return prior.apply(event, sequence);
    }

    private LetterRecord apply(MessageEvent event, long sequence) {
        Change c = new Change(this, sequence);
        if (event instanceof MessageAssigned e) {
            c.status = MessageStatus.ASSIGNED;
            c.moveTo(e.department());
        } else if (event instanceof MessageForwarded e) {
            c.status = MessageStatus.ASSIGNED;
            c.moveTo(e.toDepartment());
            c.note(NoteKind.FORWARDED, e.fromDepartment(), "转办至 " + e.toDepartment() + "：" + e.reason(), e.at());
        } else if (event instanceof MessageEscalated e) {
            c.status = MessageStatus.ESCALATED;
            c.escalatedAt = e.at();
            c.note(NoteKind.ESCALATED, e.department(), e.note(), e.at());
        } else if (event instanceof LeaderInstructed e) {
            c.status = MessageStatus.INSTRUCTED;
            c.instructedAt = e.at();
            c.note(NoteKind.INSTRUCTED, e.leader(), e.instruction(), e.at());
        } else if (event instanceof MessageExplained e) {
            c.status = MessageStatus.EXPLAINED;
            c.responded(e.at());
            if (e.extendedWorkingDays() > 0) {
                c.due = new Due(due.workingDays(), e.newDueAt(), e.extendedWorkingDays());
            }
            c.note(NoteKind.EXPLAINED, e.department(), e.explanation(), e.at());
        } else if (event instanceof MessageReplied e) {
            c.status = MessageStatus.REPLIED;
            c.responded(e.at());
            c.reply = new Reply(e.body(), e.publicReply(), e.at());
        } else if (event instanceof MessageClosed e) {
            c.status = MessageStatus.CLOSED;
            c.closedAt = e.at();
        } else if (event instanceof MessageRated e) {
            c.rating = e.score();
        } else if (event instanceof MessageReopened e) {
            c.status = MessageStatus.ASSIGNED;
            c.closedAt = null;
            c.note(NoteKind.REOPENED, e.department(), e.reason(), e.at());
        } else {
            throw new IllegalArgumentException("the letter fold does not know " + name(event));
        }
        return c.done();
    }

    /**
     * The letter as it may leave the command side for the read models: no contact digest, no text of
     * the internal notes, the letter's text only while it may yet be published (the writer agreed and
     * no reply has refused it), the reply's text only when both writer and department agreed. The fold
     * goes on from it as from the full record: what it drops is never needed to apply a later event.
     */
    public LetterRecord withoutPrivateText() {
        boolean letterPublic = letter.wantsPublicReply() && (reply == null || reply.publicReply());
        Letter shown = new Letter(letter.box(), letter.kind(), letterPublic ? letter.title() : null,
                letterPublic ? letter.body() : null, letter.wantsPublicReply(), null, letter.receivedAt());
        Reply answer = reply == null ? null
                : new Reply(letter.wantsPublicReply() && reply.publicReply() ? reply.body() : null, reply.publicReply(),
                reply.at());
        List<Note> steps = notes.stream().map(n -> new Note(n.kind(), n.department(), null, n.at())).toList();
        return new LetterRecord(messageId, version, shown, status, department, departments, due, steps,
                firstResponseAt, escalatedAt, instructedAt, answer, closedAt, rating);
    }

    /** Answered: a reply was given. */
    public boolean answered() {
        return reply != null;
    }

    /** How many times it was forwarded (转办). */
    public long forwards() {
        return notes.stream().filter(n -> n.kind() == NoteKind.FORWARDED).count();
    }

    /** Whether an explanation was given. */
    public boolean explained() {
        return notes.stream().anyMatch(n -> n.kind() == NoteKind.EXPLAINED);
    }

    private static String name(MessageEvent event) {
        return event == null ? "null" : event.getClass().getSimpleName();
    }

    /** The parts one event may change; everything else carries over as it was. */
    private static final class Change {
        private final LetterRecord from;
        private final long version;
        MessageStatus status;
        String department;
        final List<String> departments;
        Due due;
        final List<Note> notes;
        Instant firstResponseAt;
        Instant escalatedAt;
        Instant instructedAt;
        Reply reply;
        Instant closedAt;
        Integer rating;

        Change(LetterRecord from, long version) {
            this.from = from;
            this.version = version;
            status = from.status;
            department = from.department;
            departments = new ArrayList<>(from.departments);
            due = from.due;
            notes = new ArrayList<>(from.notes);
            firstResponseAt = from.firstResponseAt;
            escalatedAt = from.escalatedAt;
            instructedAt = from.instructedAt;
            reply = from.reply;
            closedAt = from.closedAt;
            rating = from.rating;
        }

        void moveTo(String to) {
            department = to;
            departments.add(to);
        }

        void note(NoteKind kind, String where, String text, Instant at) {
            notes.add(new Note(kind, where, text, at));
        }

        void responded(Instant at) {
            if (firstResponseAt == null) {
                firstResponseAt = at;
            }
        }

        LetterRecord done() {
            return new LetterRecord(from.messageId, version, from.letter, status, department, departments, due, notes,
                    firstResponseAt, escalatedAt, instructedAt, reply, closedAt, rating);
        }
    }
}
