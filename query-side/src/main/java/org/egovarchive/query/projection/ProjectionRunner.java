package org.egovarchive.query.projection;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.egovarchive.kernel.calendar.WorkingDayCalendar;
import org.egovarchive.kernel.event.ChainLink;
import org.egovarchive.kernel.event.EventCodec;
import org.egovarchive.kernel.event.EventEnvelope;
import org.egovarchive.kernel.event.UnreadableEventException;
import org.egovarchive.query.elastic.BulkWriter;
import org.egovarchive.query.elastic.IndexOp;
import org.egovarchive.query.elastic.Targets;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a batch of records from {@code egov.events} through every projection and writes the result in
 * one bulk request: decode each envelope (unreadable ones, and any whose hash is not the hash of what
 * it carries — altered or forged on the topic — are dead-lettered with the reason), group by
 * aggregate type, project, write. Every readable event, whatever its aggregate, also goes to {@code audit-events}. The live stream and a rebuild use it alike, with different targets.
 */
@Component
public class ProjectionRunner {

    private final EventCodec codec = new EventCodec();
    private final Map<String, StatefulProjection<?, ?>> projections;
    private final AuditEventProjection auditEvents = new AuditEventProjection();
    private final BulkWriter writer;
    private final DeadLetters deadLetters;

    public ProjectionRunner(ViewStore views, BulkWriter writer, DeadLetters deadLetters, WorkingDayCalendar calendar) {
        this.projections = Map.of("Document", new DocumentProjection(views), "Seal", new SealProjection(views),
                "Message", new MessageProjection(views, calendar));
        this.writer = writer;
        this.deadLetters = deadLetters;
    }

    /** Projects and writes the batch; returns the last envelope that was read (null if none could be). */
    public EventEnvelope run(List<ConsumerRecord<String, byte[]>> records, Targets targets) {
        return run(records, targets, deadLetters);
    }

    /** The same, with unreadable records going to {@code rejected} (a rebuild counts them, the live stream already kept them). */
    public EventEnvelope run(List<ConsumerRecord<String, byte[]>> records, Targets targets, DeadLetters rejected) {
        Map<String, List<TypedEvent>> byType = new LinkedHashMap<>();
        List<TypedEvent> all = new ArrayList<>(records.size());
        EventEnvelope last = null;
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                EventEnvelope envelope = codec.decode(record.value());
                Optional<String> forged = ChainLink.problem(envelope);
                if (forged.isPresent()) {
                    rejected.reject(envelope, "refused: " + forged.get());
                    continue;
                }
                TypedEvent event = new TypedEvent(envelope, codec.payload(envelope));
                all.add(event);
                if (projections.containsKey(envelope.aggregateType())) {
                    byType.computeIfAbsent(envelope.aggregateType(), t -> new ArrayList<>()).add(event);
                }
                last = envelope;
            } catch (UnreadableEventException e) {
                rejected.reject(record.value(), record.key(), e.getMessage());
            }
        }
        List<IndexOp> ops = new ArrayList<>();
        byType.forEach((type, events) -> ops.addAll(projections.get(type).project(events, rejected, targets)));
        ops.addAll(auditEvents.project(all));
        writer.write(ops, targets);
        return last;
    }
}
