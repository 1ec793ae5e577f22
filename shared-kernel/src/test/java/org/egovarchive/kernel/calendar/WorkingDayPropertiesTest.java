package org.egovarchive.kernel.calendar;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Samples stay far enough inside the covered years for 30 working days and 45 days of replies. */
class WorkingDayPropertiesTest {

    private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2027, 9, 30);

    private final WorkingDayCalendar calendar = WorkingDayCalendar.bundled();

    @Property
    void theNthWorkingDayIsAWorkingDayWithNWorkingDaysUpToIt(@ForAll("dates") LocalDate start,
                                                            @ForAll @IntRange(min = 1, max = 30) int n) {
        LocalDate end = calendar.addWorkingDays(start, n);

        assertThat(end).isAfter(start);
        assertThat(calendar.isWorkingDay(end)).isTrue();
        assertThat(start.plusDays(1).datesUntil(end.plusDays(1)).filter(calendar::isWorkingDay)).hasSize(n);
    }

    @Property
    void addingWorkingDaysComposes(@ForAll("dates") LocalDate start,
                                   @ForAll @IntRange(max = 15) int a, @ForAll @IntRange(max = 15) int b) {
        assertThat(calendar.addWorkingDays(calendar.addWorkingDays(start, a), b))
                .isEqualTo(calendar.addWorkingDays(start, a + b));
    }

    @Property
    void dayZeroIsTheFirstWorkingDayThatCanCount(@ForAll("instants") Instant received) {
        LocalDate dayZero = calendar.dayZero(received);
        LocalDate receivedOn = LocalDate.ofInstant(received, WorkingDayCalendar.ZONE);

        assertThat(calendar.isWorkingDay(dayZero)).isTrue();
        assertThat(dayZero).isBetween(receivedOn, calendar.addWorkingDays(receivedOn, 1));
    }

    @Property
    void aReplyAtTheDueDateTookExactlyTheLimit(@ForAll("instants") Instant received,
                                               @ForAll @IntRange(max = 30) int n) {
        ZonedDateTime due = calendar.dueDate(received, n);

        assertThat(calendar.workingDaysBetween(received, due.toInstant())).isEqualTo(n);
    }

    @Property
    void aReplyIsOnTimeExactlyWhenItTookNoMoreWorkingDaysThanTheLimit(
            @ForAll("instants") Instant received, @ForAll @IntRange(max = 45 * 86_400) int secondsLater,
            @ForAll @IntRange(max = 30) int n) {
        Instant replied = received.plusSeconds(secondsLater);

        boolean onTime = !replied.isAfter(calendar.dueDate(received, n).toInstant());

        assertThat(calendar.workingDaysBetween(received, replied) <= n).isEqualTo(onTime);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(FIRST.toEpochDay(), LAST.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    /** Any second of a covered day, in Beijing, with the 17:00 cut-off and its neighbours among the edge cases. */
    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<Integer> secondOfDay = Arbitraries.integers().between(0, 86_399)
                .edgeCases(edges -> edges.add(17 * 3600 - 1, 17 * 3600, 17 * 3600 + 1));
        return Combinators.combine(dates(), secondOfDay)
                .as((day, second) -> day.atStartOfDay(WorkingDayCalendar.ZONE).plusSeconds(second).toInstant());
    }
}
