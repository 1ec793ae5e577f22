package org.egovarchive.query.web;

import java.util.Map;

/** Reading the query parameters every listing shares. */
public final class QueryParams {

    private QueryParams() {
    }

    /** A whole number, or {@code fallback} when absent or blank; anything else is a {@link BadParameterException}. */
    public static int integer(Map<String, String> params, String name, int fallback) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new BadParameterException(name, "must be a whole number");
        }
    }
}
