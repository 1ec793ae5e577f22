package org.egovarchive.query.audit;

import java.time.Instant;

/**
 * One search of the audit trail, as {@code audit-reads} keeps it: who searched, when, through which
 * door, for what, and how many events it found.
 *
 * @param searched {@code events} (the audit search) or {@code reads} (this record of searches)
 * @param channel  {@code api} or {@code page}
 * @param filters  the filters as a query string, e.g. {@code actor=keeper1&page=1&size=20}
 */
public record AuditRead(String id, String actor, String role, String department, Instant at, String searched,
                        String channel, String filters, long total) {
}
