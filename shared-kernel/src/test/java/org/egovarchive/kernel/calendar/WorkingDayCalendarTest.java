package org.egovarchive.kernel.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.bundled();

    @ParameterizedTest(name = "{0} is a day off ({1})")
    @CsvSource({
            "2020-01-31, 春节 extended for the epidemic",
            "2020-02-01, Saturday whose make-up work the extension cancelled",
            "2021-02-11, 春节",
            "2022-10-07, 国庆节",
            "2023-01-02, 元旦 in lieu of Sunday",
            "2024-02-16, 春节",
            "2024-06-10, 端午节",
            "2025-01-01, 元旦 on a Wednesday",
            "2025-10-06, 中秋节 inside 国庆节",
            "2025-10-08, last day of 国庆节",
            "2026-01-02, 元旦",
            "2026-02-23, last day of 春节",
            "2026-10-07, 国庆节",
            "2027-02-08, 春节 (provisional)",
            "2027-10-07, 国庆节 (provisional)"})
    void holidaysAreNotWorkingDays(LocalDate date, String why) {
        assertThat(calendar.isWorkingDay(date)).isFalse();
    }

    @ParameterizedTest(name = "{0} is a working day ({1})")
    @CsvSource({
            "2020-01-19, Sunday, 春节调休",
            "2021-02-07, Sunday, 春节调休",
            "2022-10-08, Saturday, 国庆节调休",
            "2023-01-03, Tuesday after 元旦, a day one data set wrongly has off",
            "2023-01-28, Saturday, 春节调休",
            "2024-02-04, Sunday, 春节调休",
            "2024-02-18, Sunday, 春节调休",
            "2025-01-26, Sunday, 春节调休",
            "2025-10-11, Saturday, 国庆节调休",
            "2026-01-04, Sunday, 元旦调休",
            "2026-02-14, Saturday, 春节调休",
            "2026-02-28, Saturday, 春节调休",
            "2026-09-20, Sunday, 国庆节调休",
            "2027-02-14, Sunday, 春节调休 (provisional)",
            "2027-10-09, Saturday, 国庆节调休 (provisional)"})
    void makeUpDaysAreWorkingDays(LocalDate date, String day, String why) {
        assertThat(calendar.isWorkingDay(date)).isTrue();
    }

    @Test
    void nationalDay2025IsEightDaysOff() {
        for (LocalDate day = LocalDate.of(2025, 10, 1); day.isBefore(LocalDate.of(2025, 10, 9)); day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
        }
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 9))).isTrue();
    }

    @Test
    void springFestival2026IsNineDaysOff() {
        for (LocalDate day = LocalDate.of(2026, 2, 15); day.isBefore(LocalDate.of(2026, 2, 24)); day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
        }
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 24))).isTrue();
    }

    @Test
    void ordinaryWeekendsAndWeekdaysFollowTheWeek() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 13))).as("Friday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 14))).as("Saturday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 15))).as("Sunday").isFalse();
    }

    @Test
    void coversTheYearsOfTheBundledFile() {
        assertThat(calendar.coveredYears()).containsExactly(2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027);
        assertThat(calendar.covers(2019)).isFalse();
        assertThat(calendar.covers(2028)).isFalse();
    }

    @Test
    void only2027IsProvisional() {
        assertThat(calendar.coveredYears()).filteredOn(calendar::isProvisional).containsExactly(2027);
    }

    @Test
    void anUncoveredYearIsRefusedByName() {
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2028, 3, 1)))
                .isInstanceOf(UncoveredYearException.class)
                .hasMessageContaining("2028")
                .satisfies(e -> assertThat(((UncoveredYearException) e).year()).isEqualTo(2028));
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2027, 12, 30), 5))
                .isInstanceOf(UncoveredYearException.class)
                .hasMessageContaining("2028");
    }

    @Test
    void addingWorkingDaysSkipsHolidaysAndCountsMakeUpDays() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 2)).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 3, 14), 0)).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 3, 14), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
