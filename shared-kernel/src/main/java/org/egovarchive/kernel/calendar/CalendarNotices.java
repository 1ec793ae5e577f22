package org.egovarchive.kernel.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What an administrator must be told about the calendar on a given day: a year that letters received
 * soon will be due in, but that has no schedule (their due date cannot be computed: writing a letter
 * then fails) or only a provisional one (their due dates may move). Looks {@value #LOOKAHEAD_DAYS} days
 * ahead — from about 1 November for the coming year, when the State Council publishes its notice and
 * letters received in December fall due in January. A notice, not a failed build: the calendar is
 * configuration ({@code egov.letters.calendar-overrides}) and the date is the running system's.
 */
public final class CalendarNotices {

    public static final int LOOKAHEAD_DAYS = 61;

    private CalendarNotices() {
    }

    /** The notices for {@code today} (Asia/Shanghai), most urgent first; empty when all is well. */
    public static List<String> on(WorkingDayCalendar calendar, LocalDate today) {
        List<String> notices = new ArrayList<>();
        for (int year = today.getYear(); year <= today.plusDays(LOOKAHEAD_DAYS).getYear(); year++) {
            if (!calendar.covers(year)) {
                notices.add("the working-day calendar has no YEAR " + year + ": letters due in " + year
                        + " cannot be given a due date; add the State Council's schedule for " + year
                        + " to an egov.letters.calendar-overrides file");
            } else if (calendar.isProvisional(year)) {
                notices.add("the working-day calendar's YEAR " + year + " is PROVISIONAL (derived from the rules):"
                        + " due dates in " + year + " may move; add the State Council's schedule for " + year
                        + " to an egov.letters.calendar-overrides file");
            }
        }
        return notices;
    }
}
