package org.egovarchive.query.stats;

import org.egovarchive.kernel.message.MessageAssigned;
import org.egovarchive.kernel.message.MessageClosed;
import org.egovarchive.kernel.message.MessageEscalated;
import org.egovarchive.kernel.message.MessageExplained;
import org.egovarchive.kernel.message.MessageForwarded;
import org.egovarchive.kernel.message.MessageRated;
import org.egovarchive.kernel.message.MessageReceived;
import org.egovarchive.kernel.message.MessageReplied;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * The efficiency figures recomputed straight from raw letter events, by the definitions of
 * {@link Figures}, without the projection or Elasticsearch: the reference the statistics are checked against.
 */
final class Recomputed {

    /** What the events say about one letter. */
    record Letter(Instant received, String department, Instant dueAt, Instant repliedAt, Instant firstResponseAt,
                  Instant closedAt, boolean forwarded, boolean escalated, boolean explained, Integer rating) {
    }

    static Letter of(List<Object> events) {
        MessageReceived received = (MessageReceived) events.get(0);
        String department = null;
        Instant due = received.dueAt();
        Instant replied = null;
        Instant first = null;
        Instant closed = null;
        boolean forwarded = false;
        boolean escalated = false;
        boolean explained = false;
        Integer rating = null;
        for (Object event : events) {
            if (event instanceof MessageAssigned e) {
                department = e.department();
            } else if (event instanceof MessageForwarded e) {
                department = e.toDepartment();
                forwarded = true;
            } else if (event instanceof MessageEscalated) {
                escalated = true;
            } else if (event instanceof MessageExplained e) {
                explained = true;
                first = first == null ? e.at() : first;
                due = e.extendedWorkingDays() > 0 ? e.newDueAt() : due;
            } else if (event instanceof MessageReplied e) {
                replied = replied == null ? e.at() : replied;
                first = first == null ? e.at() : first;
            } else if (event instanceof MessageClosed e) {
                closed = e.at();
            } else if (event instanceof MessageRated e) {
                rating = e.score();
            }
        }
        return new Letter(received.at(), department, due, replied, first, closed, forwarded, escalated, explained, rating);
    }

    /** The figures of the letters that pass {@code in}, as of {@code now}. */
    static Figures figures(List<Letter> letters, Predicate<Letter> in, Instant now) {
        List<Letter> cohort = letters.stream().filter(in).toList();
        List<Letter> replied = cohort.stream().filter(l -> l.repliedAt() != null).toList();
        long onTime = replied.stream().filter(l -> !l.repliedAt().isAfter(l.dueAt())).count();
        long overdue = cohort.stream().filter(l -> l.repliedAt() == null && l.dueAt().isBefore(now)).count();
        List<Double> hours = replied.stream().map(l -> hours(l.received(), l.repliedAt())).toList();
        List<Double> days = replied.stream()
                .map(l -> (double) LetterScenario.CALENDAR.workingDaysBetween(l.received(), l.repliedAt())).toList();
        List<Letter> responded = cohort.stream().filter(l -> l.firstResponseAt() != null).toList();
        List<Integer> ratings = cohort.stream().map(Letter::rating).filter(r -> r != null).toList();
        return new Figures(null, null, cohort.size(), replied.size(), onTime, Figures.rateOf(onTime, replied.size(), overdue),
                overdue, mean(hours), nearestRank(hours, 50), nearestRank(hours, 90), mean(days), nearestRank(days, 50),
                nearestRank(days, 90), responded.size(),
                mean(responded.stream().map(l -> hours(l.received(), l.firstResponseAt())).toList()),
                cohort.stream().filter(l -> l.closedAt() != null).count(), cohort.stream().filter(Letter::explained).count(),
                cohort.stream().filter(Letter::forwarded).count(), cohort.stream().filter(Letter::escalated).count(),
                ratings.size(), ratings.isEmpty() ? null : ratings.stream().mapToInt(Integer::intValue).average().orElseThrow(), 0, null, null);
    }

    private static double hours(Instant from, Instant to) {
        return Duration.between(from, to).toSeconds() / 3600.0;
    }

    private static Double mean(List<Double> values) {
        return values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    private static Double nearestRank(List<Double> values, int percent) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
    }
}
