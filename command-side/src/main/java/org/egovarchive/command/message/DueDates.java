package org.egovarchive.command.message;

import org.egovarchive.kernel.calendar.DueDatePolicy;
import org.egovarchive.kernel.calendar.WorkingDayCalendar;
import org.egovarchive.kernel.message.Box;
import org.egovarchive.kernel.message.MessageKind;

import java.time.Instant;

/** Due dates of letters in working days: the calendar and the policy of this city. */
public class DueDates {

    private final WorkingDayCalendar calendar;
    private final DueDatePolicy policy;

    public DueDates(WorkingDayCalendar calendar, DueDatePolicy policy) {
        this.calendar = calendar;
        this.policy = policy;
    }

    public int workingDays(Box box, MessageKind kind) {
        return policy.workingDays(box, kind);
    }

    public Instant dueAt(Instant receivedAt, Box box, MessageKind kind) {
        return policy.dueDate(calendar, receivedAt, box, kind).toInstant();
    }

    /** The most working days an explanation may add to this box and kind's limit. */
    public int maxExtension(Box box, MessageKind kind) {
        return policy.maxWithExtension() - policy.workingDays(box, kind);
    }

    public Instant extendedDueAt(Instant receivedAt, Box box, MessageKind kind, int extraDays) {
        return policy.extendedDueDate(calendar, receivedAt, box, kind, extraDays).toInstant();
    }
}
