package org.egovarchive.query.operations;

import org.egovarchive.kernel.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class AdminNoticesTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.bundled();
    private static final int MISSING = CALENDAR.coveredYears().last() + 1;

    @Test
    void aMissingYearAheadIsANoticeForAdminsOnTheDayItMatters() {
        // midnight of 1 November in Beijing, the first day of the look-ahead, is still 31 October in UTC
        Clock november = Clock.fixed(LocalDate.of(MISSING - 1, 11, 1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant(), ZoneOffset.UTC);

        AdminNotices.Notices notices = new AdminNotices(CALENDAR, november).notices();

        assertThat(notices.notices()).anySatisfy(notice -> {
            assertThat(notice.topic()).isEqualTo("calendar");
            assertThat(notice.message()).contains("has no YEAR " + MISSING);
        });
    }

    @Test
    void noNoticeOfAMissingYearLongBeforeItBegins() {
        Clock spring = Clock.fixed(LocalDate.of(MISSING - 1, 3, 1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant(), ZoneOffset.UTC);

        assertThat(new AdminNotices(CALENDAR, spring).notices().notices())
                .noneSatisfy(notice -> assertThat(notice.message()).contains("has no YEAR"));
    }
}
