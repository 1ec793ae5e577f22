package org.egovarchive.query.projection;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.egovarchive.kernel.calendar.WorkingDayCalendar;
import org.egovarchive.kernel.event.EventCodec;
import org.egovarchive.kernel.event.EventEnvelope;
import org.egovarchive.kernel.event.UnreadableEventException;
import org.egovarchive.query.elastic.BulkWriter;
import org.egovarchive.query.elastic.IndexBootstrap;
import org.egovarchive.query.elastic.IndexOp;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Consumes {@code egov.events} in batches: decodes each envelope (unreadable ones are
 * dead-lettered), lets the projections compute their writes, and writes them in one bulk request.
 * The container commits the offsets only after this method returns, i.e. after the bulk
 * succeeded; on failure the batch is delivered again (retried without limit, never skipped).
 */
@Component
public class EventStreamListener {

    private final EventCodec codec = new EventCodec();
    private final Map<String, StatefulProjection<?>> projections;
    private final BulkWriter writer;
    private final DeadLetters deadLetters;

    public EventStreamListener(ViewStore views, BulkWriter writer, DeadLetters deadLetters, WorkingDayCalendar calendar,
                               IndexBootstrap indicesReady) {
        this.projections = Map.of("Document", new DocumentProjection(views), "Seal", new SealProjection(views),
                "Message", new MessageProjection(views, calendar));
        this.writer = writer;
        this.deadLetters = deadLetters;
    }

    @KafkaListener(id = "projections", topics = "${egov.kafka.topic}", groupId = "${egov.kafka.group}", batch = "true")
    public void onBatch(List<ConsumerRecord<String, byte[]>> records) {
        Map<String, List<TypedEvent>> byType = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                EventEnvelope envelope = codec.decode(record.value());
                TypedEvent event = new TypedEvent(envelope, codec.payload(envelope));
                if (projections.containsKey(envelope.aggregateType())) {
                    byType.computeIfAbsent(envelope.aggregateType(), t -> new ArrayList<>()).add(event);
                }
            } catch (UnreadableEventException e) {
                deadLetters.reject(record.value(), record.key(), e.getMessage());
            }
        }
        List<IndexOp> ops = new ArrayList<>();
        byType.forEach((type, events) -> ops.addAll(projections.get(type).project(events, deadLetters)));
        writer.write(ops);
    }
}
