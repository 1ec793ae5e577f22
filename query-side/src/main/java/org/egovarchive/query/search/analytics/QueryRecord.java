package org.egovarchive.query.search.analytics;

import java.time.Instant;

/**
 * One public search as analytics keeps it. Deliberately nothing else: no address, no browser, no
 * session — a query log that can identify no one needs no retention rules for personal data.
 */
public record QueryRecord(String query, long hits, boolean zeroResult, Instant at) {
}
