package org.egovarchive.query.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@code GET /api/search} (API.md). {@code snippet} is HTML: escaped text with
 * {@code <em>} around matches and nothing else unescaped.
 */
public record SearchResult(long total, int page, int size, List<Hit> hits, Map<String, List<Bucket>> facets,
                           String suggestion) {

    public record Hit(String id, String title, String snippet, String department, String departmentName,
                      String channel, String docType, Instant publishedAt, String url) {
    }

    public record Bucket(String key, long count) {
    }
}
