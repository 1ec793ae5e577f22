package org.egovarchive.query.search;

import java.time.LocalDate;

/**
 * A citizen's search, validated: the words, facet filters, date range, order and page (1-based).
 */
public record SearchQuery(
        String q,
        String department,
        String channel,
        String docType,
        Integer year,
        LocalDate from,
        LocalDate to,
        Order order,
        int page,
        int size) {

    /** How hits are ordered. */
    public enum Order {
        RELEVANCE, DATE
    }

    public int offset() {
        return (page - 1) * size;
    }
}
