package org.egovarchive.query.search;

import org.springframework.web.util.UriComponentsBuilder;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Links of the results page, so facets, filters, sorting and paging work as plain links without
 * JavaScript: each keeps the search's other parameters (only the known ones) and starts again at
 * page one, except the pager.
 */
public final class SearchLinks {

    static final List<String> KEPT = List.of("q", "department", "channel", "type", "year", "from", "to", "sort", "size");

    private final Map<String, String> params = new LinkedHashMap<>();

    SearchLinks(Map<String, String> request) {
        KEPT.forEach(key -> {
            String value = request.get(key);
            if (value != null && !value.isBlank()) {
                params.put(key, value.strip());
            }
        });
    }

    /** The query parameter a facet filters by ({@code docType} is {@code type} in URLs, as in API.md). */
    public static String param(String facet) {
        return "docType".equals(facet) ? "type" : facet;
    }

    public String get(String key) {
        return params.get(key);
    }

    /** The search with one parameter set, from page one. */
    public String with(String key, Object value) {
        Map<String, String> next = new LinkedHashMap<>(params);
        next.put(key, String.valueOf(value));
        return url(next);
    }

    /** The search without one parameter, from page one. */
    public String without(String key) {
        Map<String, String> next = new LinkedHashMap<>(params);
        next.remove(key);
        return url(next);
    }

    /** Page {@code n} of the same search. */
    public String page(int n) {
        Map<String, String> next = new LinkedHashMap<>(params);
        next.put("page", String.valueOf(n));
        return url(next);
    }

    /** The active filters, as (parameter, value) pairs for "remove this filter" links. */
    public Map<String, String> filters() {
        Map<String, String> filters = new LinkedHashMap<>(params);
        filters.keySet().removeAll(List.of("q", "sort", "size"));
        return filters;
    }

    private static String url(Map<String, String> params) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/search");
        params.forEach(builder::queryParam);
        return builder.encode(StandardCharsets.UTF_8).build().toUriString();
    }
}
