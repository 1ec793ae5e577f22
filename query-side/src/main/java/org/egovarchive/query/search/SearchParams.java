package org.egovarchive.query.search;

import org.egovarchive.query.web.BadParameterException;
import org.egovarchive.query.web.QueryParams;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the request parameters of a search into a {@link SearchQuery}, refusing anything out of
 * bounds with the parameter's name (400), never letting it reach Elasticsearch.
 */
public final class SearchParams {

    private SearchParams() {
    }

    public static SearchQuery parse(Map<String, String> params, SearchLimits limits) {
        String q = params.get("q");
        if (q != null && q.length() > SearchLimits.MAX_QUERY_LENGTH) {
            throw new BadParameterException("q", "at most " + SearchLimits.MAX_QUERY_LENGTH + " characters");
        }
        int size = QueryParams.integer(params, "size", 10);
        if (size < 1 || size > limits.maxSize()) {
            throw new BadParameterException("size", "must be between 1 and " + limits.maxSize());
        }
        int page = QueryParams.integer(params, "page", 1);
        if (page < 1) {
            throw new BadParameterException("page", "must be 1 or more");
        }
        if ((long) page * size > limits.maxDepth()) {
            throw new BadParameterException("page", "results go at most " + limits.maxDepth()
                    + " deep; narrow the search instead of paging further");
        }
        LocalDate from = date(params, "from");
        LocalDate to = date(params, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadParameterException("from", "must not be after to");
        }
        Integer year = params.containsKey("year") && !params.get("year").isBlank() ? QueryParams.integer(params, "year", 0) : null;
        return new SearchQuery(q, blankToNull(params.get("department")), blankToNull(params.get("channel")),
                blankToNull(params.get("type")), year, from, to, order(params.get("sort")), page, size);
    }

    private static SearchQuery.Order order(String sort) {
        if (sort == null || sort.isBlank()) {
            return SearchQuery.Order.RELEVANCE;
        }
        try {
            return SearchQuery.Order.valueOf(sort.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("sort", "must be relevance or date");
        }
    }


    private static LocalDate date(Map<String, String> params, String name) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name, "must be a date YYYY-MM-DD");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
