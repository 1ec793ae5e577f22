package org.egovarchive.kernel.calendar;

import org.egovarchive.kernel.message.Box;
import org.egovarchive.kernel.message.MessageKind;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many working days a citizen's letter may take, by box and kind, and how far an explained
 * extension (延期说明) may stretch that limit in total. Both count from the letter's day 0 as
 * {@link WorkingDayCalendar#dueDate} defines it.
 *
 * @param workingDays        the limit for every box and every kind
 * @param maxWithExtension   the most working days a letter may take with all extensions
 */
public record DueDatePolicy(Map<Box, Map<MessageKind, Integer>> workingDays, int maxWithExtension) {

    /**
     * Every box and kind must have a limit, since a letter without one would never fall due, and no
     * limit may exceed what an extension could reach.
     */
    public DueDatePolicy {
        var copy = new EnumMap<Box, Map<MessageKind, Integer>>(Box.class);
        for (Box box : Box.values()) {
            Map<MessageKind, Integer> kinds = workingDays.get(box);
            for (MessageKind kind : MessageKind.values()) {
                Integer days = kinds == null ? null : kinds.get(kind);
                if (days == null || days < 1 || days > maxWithExtension) {
                    throw new IllegalArgumentException("limit for " + box + "/" + kind + " must be 1.."
                            + maxWithExtension + " working days, was " + days);
                }
            }
            copy.put(box, Map.copyOf(kinds));
        }
        workingDays = Map.copyOf(copy);
    }

    /**
     * The city's defaults: on the message board consultations and suggestions 5 working days,
     * complaints, reports and other letters 7 (they need a department to look into facts); in the
     * leader mailbox 10 for every kind; at most 15 with extensions.
     */
    public static DueDatePolicy defaults() {
        var board = new EnumMap<MessageKind, Integer>(MessageKind.class);
        board.put(MessageKind.CONSULTATION, 5);
        board.put(MessageKind.SUGGESTION, 5);
        board.put(MessageKind.COMPLAINT, 7);
        board.put(MessageKind.REPORT, 7);
        board.put(MessageKind.OTHER, 7);
        var mailbox = new EnumMap<MessageKind, Integer>(MessageKind.class);
        for (MessageKind kind : MessageKind.values()) {
            mailbox.put(kind, 10);
        }
        return new DueDatePolicy(Map.of(Box.MESSAGE_BOARD, board, Box.LEADER_MAILBOX, mailbox), 15);
    }

    public int workingDays(Box box, MessageKind kind) {
        return workingDays.get(box).get(kind);
    }

    /** When a letter is due without extension. */
    public ZonedDateTime dueDate(WorkingDayCalendar calendar, Instant receivedAt, Box box, MessageKind kind) {
        return calendar.dueDate(receivedAt, workingDays(box, kind));
    }

    /**
     * When a letter is due after extensions of {@code extraDays} working days in all, still counted
     * from its day 0.
     *
     * @throws IllegalArgumentException when {@code extraDays} is below 1 or the total would pass
     *                                  {@link #maxWithExtension()}
     */
    public ZonedDateTime extendedDueDate(WorkingDayCalendar calendar, Instant receivedAt, Box box,
                                         MessageKind kind, int extraDays) {
        int total = workingDays(box, kind) + extraDays;
        if (extraDays < 1 || total > maxWithExtension) {
            throw new IllegalArgumentException("an extension of " + extraDays + " working days for " + box + "/"
                    + kind + " is outside 1.." + (maxWithExtension - workingDays(box, kind)));
        }
        return calendar.dueDate(receivedAt, total);
    }
}
