package org.egovarchive.query.audit;

import org.egovarchive.kernel.calendar.WorkingDayCalendar;
import org.egovarchive.query.web.BadParameterException;
import org.egovarchive.query.web.QueryParams;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The filters of an audit search, read from request parameters and bounded before anything reaches
 * Elasticsearch: a bad one is a 400 naming it. {@code from} / {@code to} take a date (a whole Beijing
 * day: from its start, to its end) or an ISO-8601 date-time with offset. Pages are 1-based.
 *
 * @param aggregate     an aggregate id: that record's events
 * @param aggregateType {@code Document}, {@code Message}, {@code Seal}, {@code AccessRecord}
 * @param subject       a record id: the audit reads of that record
 */
public record AuditFilter(String actor, String department, String type, String aggregate, String aggregateType,
                          String subject, Instant from, Instant to, int page, int size) {

    static final ZoneId BEIJING = WorkingDayCalendar.ZONE;
    static final int MAX_SIZE = 100;
    static final int MAX_DEPTH = 10_000;
    static final int MAX_TEXT = 200;
    private static final List<String> TEXT = List.of("actor", "department", "type", "aggregate", "aggregateType", "subject");

    public static AuditFilter parse(Map<String, String> params) {
        Map<String, String> text = new LinkedHashMap<>();
        for (String name : TEXT) {
            String value = params.get(name);
            if (value != null && value.length() > MAX_TEXT) {
                throw new BadParameterException(name, "must be at most " + MAX_TEXT + " characters");
            }
            text.put(name, value == null || value.isBlank() ? null : value.trim());
        }
        int size = QueryParams.integer(params, "size", 20);
        if (size < 1 || size > MAX_SIZE) {
            throw new BadParameterException("size", "must be between 1 and " + MAX_SIZE);
        }
        int page = QueryParams.integer(params, "page", 1);
        if (page < 1 || (long) page * size > MAX_DEPTH) {
            throw new BadParameterException("page", "must be between 1 and " + MAX_DEPTH / size + " at this size; narrow the filters instead");
        }
        Instant from = instant(params, "from", false);
        Instant to = instant(params, "to", true);
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadParameterException("from", "must not be after to");
        }
        return new AuditFilter(text.get("actor"), text.get("department"), text.get("type"), text.get("aggregate"),
                text.get("aggregateType"), text.get("subject"), from, to, page, size);
    }

    /** The filters that are set, as they would be written in a query string (what an audit read records). */
    public String describe() {
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("actor", actor);
        set.put("department", department);
        set.put("type", type);
        set.put("aggregate", aggregate);
        set.put("aggregateType", aggregateType);
        set.put("subject", subject);
        set.put("from", from);
        set.put("to", to);
        set.put("page", page);
        set.put("size", size);
        return set.entrySet().stream().filter(e -> e.getValue() != null).map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
    }


    private static Instant instant(Map<String, String> params, String name, boolean endOfDay) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        // an unencoded "+08:00" in a query string arrives as " 08:00"
        String text = value.trim().replaceFirst(" (\\d\\d:?\\d\\d)$", "+$1");
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return endOfDay ? day.plusDays(1).atStartOfDay(BEIJING).toInstant().minusNanos(1)
                        : day.atStartOfDay(BEIJING).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name, "must be a date (2026-06-08, Beijing time) or a date-time with offset "
                    + "(2026-06-08T09:46:00+08:00)");
        }
    }
}
