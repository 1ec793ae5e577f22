package org.egovarchive.query.search.analytics;

import org.egovarchive.kernel.staff.StaffRole;
import org.egovarchive.query.staff.Staff;
import org.egovarchive.query.web.BadParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The period and length an admin asked for: the last 30 days unless given, at most a year; refused with the parameter's name. */
record AnalyticsPeriod(LocalDate from, LocalDate to, int limit) {

    private static final int DEFAULT_DAYS = 30;
    private static final int MAX_DAYS = 366;
    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 100;

    static AnalyticsPeriod parse(String fromParam, String toParam, String limitParam, Clock clock) {
        LocalDate to = date("to", toParam, LocalDate.now(clock));
        LocalDate from = date("from", fromParam, to.minusDays(DEFAULT_DAYS - 1L));
        if (from.isAfter(to)) {
            throw new BadParameterException("from", "must not be after to");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new BadParameterException("from", "a period is at most " + MAX_DAYS + " days");
        }
        return new AnalyticsPeriod(from, to, limit(limitParam));
    }

    static void requireAdmin(Staff staff) {
        if (staff == null || staff.role() != StaffRole.ADMIN) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "search analytics are for admins");
        }
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        int limit;
        try {
            limit = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            limit = 0;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadParameterException("limit", "must be a whole number between 1 and " + MAX_LIMIT);
        }
        return limit;
    }

    private static LocalDate date(String field, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadParameterException(field, "must be a date YYYY-MM-DD");
        }
    }
}
