package org.egovarchive.query.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@code GET /api/search} (API.md), with additions: {@code bestBets} (documents staff
 * pinned for this query, on the first page only, left out of {@code hits} and {@code total}),
 * {@code titleHtml} and labels for display. {@code snippet} and {@code titleHtml} are HTML: escaped
 * text with {@code <em>} around matches and nothing else unescaped.
 */
public record SearchResult(long total, int page, int size, List<Hit> hits, Map<String, List<Bucket>> facets,
                           String suggestion, List<Hit> bestBets) {

    public record Hit(String id, String title, String titleHtml, String snippet, String department, String departmentName,
                      String channel, String docType, String docTypeLabel, Instant publishedAt, String url, boolean pinned) {
    }

    /** A facet value: the key to filter by, the label to show, and how many hits have it. */
    public record Bucket(String key, String label, long count) {
    }

    /** Every hit the citizen sees: best bets and the page's hits. */
    public long shown() {
        return total + bestBets.size();
    }
}
