package org.egovarchive.kernel.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks on the data file as a whole, so that a missing or extra line cannot pass unseen. */
class CalendarDataTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.bundled();

    /**
     * Weekdays off less weekend days worked is the number of statutory holidays: 11 until 2024, 13
     * after the 2024 revision of the holiday regulation; 2020 adds the epidemic's extension of
     * Spring Festival (one weekday, one cancelled make-up Saturday).
     */
    @ParameterizedTest(name = "{0}: {1} statutory days")
    @CsvSource({"2020, 13", "2021, 11", "2022, 11", "2023, 11", "2024, 11", "2025, 13", "2026, 13", "2027, 13"})
    void daysOffNetOfMakeUpDaysAreTheStatutoryHolidays(int year, int statutory) {
        long weekdaysOff = daysOf(year).filter(d -> !weekend(d) && !calendar.isWorkingDay(d)).count();
        long weekendsWorked = daysOf(year).filter(d -> weekend(d) && calendar.isWorkingDay(d)).count();

        assertThat(weekdaysOff - weekendsWorked).isEqualTo(statutory);
    }

    /** Since 2025 the State Council keeps working stretches around holidays to six days at most. */
    @Test
    void noMoreThanSixWorkingDaysInARowSince2025() {
        int run = 0;
        for (LocalDate day = LocalDate.of(2025, 1, 1); day.getYear() <= 2027; day = day.plusDays(1)) {
            run = calendar.isWorkingDay(day) ? run + 1 : 0;
            assertThat(run).as("working days in a row up to " + day).isLessThanOrEqualTo(6);
        }
    }

    private static Stream<LocalDate> daysOf(int year) {
        return LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1));
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
