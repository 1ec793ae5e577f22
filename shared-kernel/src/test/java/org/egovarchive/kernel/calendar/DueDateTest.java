package org.egovarchive.kernel.calendar;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DueDateTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.bundled();

    @Test
    void receivedOnAWorkingDayByFivePmCountsThatDay() {
        assertThat(calendar.dueDate(beijing("2026-03-13T16:59"), 5)).isEqualTo(endOf("2026-03-20"));
        assertThat(calendar.dueDate(beijing("2026-03-13T17:00"), 5)).isEqualTo(endOf("2026-03-20"));
    }

    @Test
    void receivedAfterFivePmCountsFromTheNextWorkingDay() {
        assertThat(calendar.dueDate(beijing("2026-03-13T17:01"), 5)).isEqualTo(endOf("2026-03-23"));
    }

    @Test
    void receivedOnASaturdayCountsFromMonday() {
        assertThat(calendar.dayZero(beijing("2026-03-14T10:00"))).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(calendar.dueDate(beijing("2026-03-14T10:00"), 5)).isEqualTo(endOf("2026-03-23"));
    }

    @Test
    void receivedOnAMakeUpSundayCountsThatDay() {
        assertThat(calendar.dueDate(beijing("2025-09-28T10:00"), 5))
                .as("due on the make-up Saturday after National Day").isEqualTo(endOf("2025-10-11"));
    }

    @Test
    void receivedTheDayBeforeNationalDay() {
        assertThat(calendar.dueDate(beijing("2026-09-30T10:00"), 5)).isEqualTo(endOf("2026-10-13"));
        assertThat(calendar.dueDate(beijing("2026-09-30T18:00"), 5)).isEqualTo(endOf("2026-10-14"));
    }

    @Test
    void fiveWorkingDaysAcrossNationalDay2025() {
        // Sep 30, then Oct 9, 10, 11 (make-up Saturday) and 13
        assertThat(calendar.dueDate(beijing("2025-09-29T09:00"), 5)).isEqualTo(endOf("2025-10-13"));
    }

    @Test
    void receivedBeforeSpringFestival2026() {
        // Feb 14 is a make-up Saturday, then nothing until Feb 24
        assertThat(calendar.dueDate(beijing("2026-02-13T15:00"), 5)).isEqualTo(endOf("2026-02-27"));
    }

    @Test
    void dueAtTheLastInstantOfTheDueDayInBeijing() {
        ZonedDateTime due = calendar.dueDate(beijing("2026-03-13T09:00"), 1);

        assertThat(due.getZone()).isEqualTo(WorkingDayCalendar.ZONE);
        assertThat(due.toLocalDateTime()).isEqualTo(LocalDate.of(2026, 3, 16).atTime(LocalTime.MAX));
        assertThat(due.toInstant()).isEqualTo(Instant.parse("2026-03-16T15:59:59.999999999Z"));
    }

    @Test
    void aUtcInstantIsJudgedByTheTimeInBeijing() {
        // 09:30 UTC on Friday is 17:30 in Beijing: after the cut-off
        assertThat(calendar.dayZero(Instant.parse("2026-03-13T09:30:00Z"))).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void workingDaysBetweenCountsAfterDayZeroUpToTheReplyDay() {
        Instant friday = beijing("2026-03-13T16:00");

        assertThat(calendar.workingDaysBetween(friday, beijing("2026-03-13T16:30"))).isZero();
        assertThat(calendar.workingDaysBetween(friday, beijing("2026-03-13T22:00"))).isZero();
        assertThat(calendar.workingDaysBetween(friday, beijing("2026-03-14T11:00"))).as("Saturday counts as Monday").isEqualTo(1);
        assertThat(calendar.workingDaysBetween(friday, beijing("2026-03-16T08:00"))).isEqualTo(1);
        assertThat(calendar.workingDaysBetween(friday, beijing("2026-03-20T23:00"))).isEqualTo(5);
    }

    @Test
    void aReplyBeforeDayZeroTookNoWorkingDays() {
        assertThat(calendar.workingDaysBetween(beijing("2026-03-13T18:00"), beijing("2026-03-13T19:00"))).isZero();
    }

    @Test
    void workingDaysBetweenTheReceiptAndItsDueDateIsTheLimit() {
        Instant received = beijing("2026-09-30T18:00");

        assertThat(calendar.workingDaysBetween(received, calendar.dueDate(received, 5).toInstant())).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(received, calendar.dueDate(received, 5).toInstant().plusNanos(1))).isEqualTo(6);
    }

    @Test
    void aReplyBeforeTheReceiptIsRefused() {
        assertThatThrownBy(() -> calendar.workingDaysBetween(beijing("2026-03-13T10:00"), beijing("2026-03-13T09:00")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReceiptOnNewYearsEveAfterFivePmNeedsNextYear() {
        assertThatThrownBy(() -> calendar.dueDate(beijing("2027-12-31T18:00"), 5))
                .isInstanceOf(UncoveredYearException.class)
                .hasMessageContaining("2028");
    }

    static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingDayCalendar.ZONE).toInstant();
    }

    private static ZonedDateTime endOf(String date) {
        return LocalDate.parse(date).atTime(LocalTime.MAX).atZone(WorkingDayCalendar.ZONE);
    }
}
