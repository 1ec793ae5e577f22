package org.egovarchive.kernel.audit;

import org.axonframework.serialization.Revision;

import java.util.Map;

/**
 * Someone looked at a record through the audit view. The envelope says who (actor, role, department)
 * and when; this says what: the record, the view, and the parameters that shaped it — {@code at} (the
 * instant reconstructed, ISO-8601), {@code from} / {@code to} (the content versions compared),
 * {@code checkpoint} (the tree size an export's proofs are against), {@code year} (of a transfer).
 * Never the content shown: the record's own events already hold it.
 *
 * @param accessId   this read's own id (its aggregate: one read, one aggregate, so reads never contend)
 * @param recordKind {@code document}, {@code message} or {@code seal}; {@code department} for a transfer
 * @param recordId   the record's id; the department's id for a transfer
 * @param channel    {@code api} for the JSON API, {@code page} for the audit pages
 */
@Revision("1")
public record RecordAccessed(
        String accessId,
        String recordKind,
        String recordId,
        AuditView view,
        Map<String, String> parameters,
        String channel) {

    public RecordAccessed {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }
}
