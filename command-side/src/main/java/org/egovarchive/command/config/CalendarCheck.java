package org.egovarchive.command.config;

import org.egovarchive.kernel.calendar.CalendarNotices;
import org.egovarchive.kernel.calendar.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Warns at start-up when the working-day calendar lacks (or holds only a provisional schedule for) a
 * year that letters received now will be due in ({@link CalendarNotices}); the query side lists the
 * same notices to admins at {@code GET /api/admin/notices}.
 */
@Component
public class CalendarCheck {

    private static final Logger log = LoggerFactory.getLogger(CalendarCheck.class);

    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public CalendarCheck(WorkingDayCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void warnAtStart() {
        CalendarNotices.on(calendar, LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE))).forEach(notice -> log.warn("{}", notice));
    }
}
