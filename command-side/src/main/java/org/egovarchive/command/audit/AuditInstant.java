package org.egovarchive.command.audit;

import org.egovarchive.command.web.InvalidInputException;
import org.egovarchive.command.web.Problems;
import org.egovarchive.kernel.calendar.WorkingDayCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Reads the instant of a reconstruction ({@code at}). Accepted: an ISO-8601 date-time with offset
 * ({@code 2026-06-08T09:46:00+08:00}, {@code ...Z}); a date ({@code 2026-06-08}), meaning the end of that
 * day in Beijing — everything recorded that day counts; and a date-time without offset
 * ({@code 2026-06-08T09:46:05}), read as Beijing time, which is what the pages' date-time field sends.
 */
public final class AuditInstant {

    public static final ZoneId BEIJING = WorkingDayCalendar.ZONE;
    static final String EXPECTED = "must be an ISO-8601 date-time with offset (2026-06-08T09:46:00+08:00), a date "
            + "(2026-06-08: the end of that day, Beijing time) or a Beijing date-time (2026-06-08T09:46:00)";

    private AuditInstant() {
    }

    /** The instant, or null (now) when {@code value} is absent or blank. */
    public static Instant parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        // an unencoded "+08:00" in a query string arrives as " 08:00"
        String text = value.trim().replaceFirst(" (\\d\\d:?\\d\\d)$", "+$1");
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).plusDays(1).atStartOfDay(BEIJING).toInstant().minusNanos(1);
            }
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(text).toInstant();
            }
            return LocalDateTime.parse(text).atZone(BEIJING).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(List.of(new Problems.FieldError(field, EXPECTED)));
        }
    }
}
