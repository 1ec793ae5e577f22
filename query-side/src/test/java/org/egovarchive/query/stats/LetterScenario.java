package org.egovarchive.query.stats;

import org.egovarchive.kernel.calendar.DueDatePolicy;
import org.egovarchive.kernel.calendar.WorkingDayCalendar;
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
import org.egovarchive.kernel.message.MessageReplied;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A few hundred letters with known timings in 2025 (and a few just outside it), as raw events: the
 * input of the statistics test. Generated from a fixed seed; each letter's events are in order.
 */
final class LetterScenario {

    static final List<String> DEPARTMENTS = List.of("office", "info-center", "housing", "education", "transport");
    static final Instant YEAR_START = Instant.parse("2024-12-31T16:00:00Z");
    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.bundled();
    static final DueDatePolicy POLICY = DueDatePolicy.defaults();

    /** One letter: its id and its events in order. */
    record Letter(String id, List<Object> events) {
    }

    static List<Letter> generate(String prefix, int count, long seed) {
        Random random = new Random(seed);
        List<Letter> letters = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            letters.add(letter(prefix + "-" + n, random, n));
        }
        return letters;
    }

    private static Letter letter(String id, Random random, int n) {
        List<Object> events = new ArrayList<>();
        Box box = random.nextInt(4) == 0 ? Box.LEADER_MAILBOX : Box.MESSAGE_BOARD;
        MessageKind kind = MessageKind.values()[random.nextInt(MessageKind.values().length)];
        // a few letters received just before or after the year, which the year's figures must leave out
        long offsetMinutes = n % 40 == 0 ? -60L * 24 * 3 : n % 41 == 0 ? 60L * 24 * 368 : random.nextInt(60 * 24 * 360);
        Instant received = YEAR_START.plus(Duration.ofMinutes(offsetMinutes));
        Instant due = POLICY.dueDate(CALENDAR, received, box, kind).toInstant();
        events.add(new MessageReceived(id, box, kind, "信件" + n, "正文", random.nextBoolean(), "d", "h",
                POLICY.workingDays(box, kind), due, received));
        String department = DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size()));
        Instant at = received.plus(Duration.ofMinutes(30 + random.nextInt(600)));
        events.add(new MessageAssigned(id, department, at));
        if (random.nextInt(5) == 0) {
            String to = DEPARTMENTS.get((DEPARTMENTS.indexOf(department) + 1 + random.nextInt(4)) % DEPARTMENTS.size());
            at = at.plus(Duration.ofHours(1 + random.nextInt(30)));
            events.add(new MessageForwarded(id, department, to, "转办", at));
            department = to;
        }
        if (random.nextInt(7) == 0) {
            at = at.plus(Duration.ofHours(2 + random.nextInt(40)));
            events.add(new MessageEscalated(id, department, "阅示", at));
            at = at.plus(Duration.ofHours(1 + random.nextInt(20)));
            events.add(new LeaderInstructed(id, "leader1", "按期办理", at));
        }
        if (random.nextInt(6) == 0) {
            int extend = 1 + random.nextInt(POLICY.maxWithExtension() - POLICY.workingDays(box, kind));
            due = POLICY.extendedDueDate(CALENDAR, received, box, kind, extend).toInstant();
            at = at.plus(Duration.ofHours(3 + random.nextInt(30)));
            events.add(new MessageExplained(id, department, "需调查", extend, due, at));
        }
        int fate = random.nextInt(100);
        if (fate < 8) {
            return new Letter(id, events);
        }
        Instant reply = fate < 75
                ? at.plus(Duration.ofMinutes(1 + random.nextInt((int) Math.max(2, Duration.between(at, due).toMinutes()))))
                : due.plus(Duration.ofHours(1 + random.nextInt(24 * 20)));
        events.add(new MessageReplied(id, department, "答复", random.nextBoolean(), reply));
        if (random.nextInt(4) != 0) {
            events.add(new MessageClosed(id, department, reply.plus(Duration.ofHours(5))));
        }
        if (random.nextInt(3) == 0) {
            events.add(new MessageRated(id, 1 + random.nextInt(5), null, reply.plus(Duration.ofDays(1))));
        }
        return new Letter(id, events);
    }
}
