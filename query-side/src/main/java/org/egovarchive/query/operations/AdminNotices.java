package org.egovarchive.query.operations;

import org.egovarchive.kernel.calendar.CalendarNotices;
import org.egovarchive.kernel.calendar.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/admin/notices} (admins): what an administrator must act on, today — for now the
 * working-day calendar's missing or provisional years ({@link CalendarNotices}). Worked out on every
 * request, since the date moves while the application runs; also logged as a warning at start-up.
 */
@RestController
public class AdminNotices {

    private static final Logger log = LoggerFactory.getLogger(AdminNotices.class);

    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public AdminNotices(WorkingDayCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    public record Notice(String topic, String message) {
    }

    public record Notices(List<Notice> notices) {
    }

    @GetMapping("/api/admin/notices")
    public Notices notices() {
        return new Notices(CalendarNotices.on(calendar, LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE))).stream()
                .map(message -> new Notice("calendar", message)).toList());
    }

    @EventListener(ApplicationReadyEvent.class)
    public void warnAtStart() {
        notices().notices().forEach(notice -> log.warn("{}", notice.message()));
    }
}
