package org.egovarchive.query.stats;

import org.egovarchive.kernel.calendar.WorkingDayCalendar;
import org.egovarchive.query.web.BadParameterException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A period of whole days in Beijing time, both ends included; by default this year up to today. */
public record Period(LocalDate from, LocalDate to) {

    public static Period of(String from, String to, LocalDate today) {
        LocalDate start = from == null || from.isBlank() ? today.withDayOfYear(1) : date("from", from);
        LocalDate end = to == null || to.isBlank() ? today : date("to", to);
        if (start.isAfter(end)) {
            throw new BadParameterException("from", "must not be after to");
        }
        if (start.plusYears(10).isBefore(end)) {
            throw new BadParameterException("from", "a period spans at most ten years");
        }
        return new Period(start, end);
    }

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public Instant start() {
        return from.atStartOfDay(WorkingDayCalendar.ZONE).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant();
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BadParameterException(field, "must be a date YYYY-MM-DD");
        }
    }
}
