package org.egovarchive.query.projection;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.egovarchive.kernel.event.EventCodec;
import org.egovarchive.kernel.event.EventEnvelope;
import org.egovarchive.kernel.event.UnreadableEventException;
import org.egovarchive.query.elastic.BulkWriter;
import org.egovarchive.query.elastic.IndexBootstrap;
import org.egovarchive.query.elastic.IndexOp;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Consumes {@code egov.events} in batches: decodes each envelope (unreadable ones are
 * dead-lettered), lets the projections compute their writes, and writes them in one bulk request.
 * The container commits the offsets only after this method returns, i.e. after the bulk
 * succeeded; on failure the batch is delivered again (retried without limit, never skipped).
 */
@Component
public class EventStreamListener {

    private final EventCodec codec = new EventCodec();
    private final DocumentProjection documents;
    private final BulkWriter writer;
    private final DeadLetters deadLetters;

    public EventStreamListener(DocumentViews views, BulkWriter writer, DeadLetters deadLetters,
                               IndexBootstrap indicesReady) {
        this.documents = new DocumentProjection(views);
        this.writer = writer;
        this.deadLetters = deadLetters;
    }

    @KafkaListener(id = "projections", topics = "${egov.kafka.topic}", groupId = "${egov.kafka.group}", batch = "true")
    public void onBatch(List<ConsumerRecord<String, byte[]>> records) {
        List<TypedEvent> documentEvents = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                EventEnvelope envelope = codec.decode(record.value());
                TypedEvent event = new TypedEvent(envelope, codec.payload(envelope));
                if ("Document".equals(envelope.aggregateType())) {
                    documentEvents.add(event);
                }
            } catch (UnreadableEventException e) {
                deadLetters.reject(record.value(), record.key(), e.getMessage());
            }
        }
        List<IndexOp> ops = new ArrayList<>(documents.project(documentEvents, deadLetters));
        writer.write(ops);
    }
}
