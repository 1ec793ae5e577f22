package org.egovarchive.kernel.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails on purpose once the calendar runs out: letters received in December are due in January, so
 * next year's schedule (the State Council publishes it around November) must be in before the year ends.
 */
class NextYearScheduleTest {

    @Test
    void theComingYearIsCovered() {
        int nextYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1;

        assertThat(WorkingDayCalendar.bundled().covers(nextYear))
                .as("cn-workdays.txt has no YEAR %d: add the State Council's notice for %d", nextYear, nextYear)
                .isTrue();
    }
}
