package org.egovarchive.query.projection;

import org.egovarchive.kernel.audit.RecordAccessed;
import org.egovarchive.kernel.event.EventEnvelope;
import org.egovarchive.kernel.event.EventMetadata;
import org.egovarchive.query.elastic.IndexOp;
import org.egovarchive.query.elastic.ReadModel;

import java.util.List;

/**
 * Every event of every aggregate type into {@code audit-events}, one document per event. Stateless:
 * the document's id is the event id and its version the aggregate sequence, so a repeated delivery
 * writes the same document again, which Elasticsearch ignores as a stale version.
 */
public class AuditEventProjection {

    public List<IndexOp> project(List<TypedEvent> events) {
        return events.stream().map(AuditEventProjection::entry).toList();
    }

    private static IndexOp entry(TypedEvent event) {
        EventEnvelope e = event.envelope();
        RecordAccessed read = event.payload() instanceof RecordAccessed accessed ? accessed : null;
        AuditEventView view = new AuditEventView(e.eventId(), e.position(), e.type(), e.aggregateType(), e.aggregateId(),
                e.sequence(), e.metadata(EventMetadata.ACTOR), e.metadata(EventMetadata.ROLE),
                e.metadata(EventMetadata.DEPARTMENT), e.metadata(EventMetadata.CORRELATION_ID), e.occurredAt(),
                e.metadata(EventMetadata.PREV_HASH), e.metadata(EventMetadata.HASH),
                read == null ? null : read.recordKind(), read == null ? null : read.recordId(),
                read == null ? null : read.view().name());
        return new IndexOp.Put(ReadModel.AUDIT_EVENTS, e.eventId(), e.sequence(), view);
    }
}
