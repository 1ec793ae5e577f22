package org.egovarchive.query.projection;

import java.time.Instant;

/**
 * One event as the audit search holds it: who did what to which record, when, where it sits in the
 * store and in its chain. No payload: titles, bodies and letters' text stay out of this index. Only an
 * audit read ({@code RecordAccessed}) adds what it looked at — ids, never content.
 *
 * @param position   the event store's global index
 * @param recordedAt when the event was recorded
 * @param subjectKind for an audit read: the kind of record looked at ({@code document}, ...)
 * @param subjectId   for an audit read: the id of the record looked at
 * @param view        for an audit read: what it showed ({@code STATE}, {@code HISTORY}, ...)
 */
public record AuditEventView(String eventId, long position, String type, String aggregateType, String aggregateId,
                             long sequence, String actor, String role, String department, String correlationId,
                             Instant recordedAt, String prevHash, String hash, String subjectKind, String subjectId,
                             String view) {
}
