package org.egovarchive.query.projection;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.egovarchive.kernel.event.EventEnvelope;
import org.egovarchive.query.elastic.IndexBootstrap;
import org.egovarchive.query.elastic.Targets;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The live stream: consumes {@code egov.events} in batches and projects them into the read models
 * behind their aliases. The container commits the offsets only after this method returns, i.e. after
 * the bulk write succeeded; on failure the batch is delivered again (retried without limit, never skipped).
 */
@Component
public class EventStreamListener {

    public static final String LISTENER_ID = "projections";

    private final ProjectionRunner runner;
    private final AtomicReference<Progress> progress = new AtomicReference<>(new Progress(-1, null, null));

    /** Where the live stream is: the last event's store position and time, and when it was projected. */
    public record Progress(long position, Instant eventTime, Instant projectedAt) {
    }

    public EventStreamListener(ProjectionRunner runner, IndexBootstrap indicesReady) {
        this.runner = runner;
    }

    @KafkaListener(id = LISTENER_ID, topics = "${egov.kafka.topic}", groupId = "${egov.kafka.group}", batch = "true")
    public void onBatch(List<ConsumerRecord<String, byte[]>> records) {
        EventEnvelope last = runner.run(records, Targets.aliases());
        if (last != null) {
            progress.set(new Progress(last.position(), last.occurredAt(), Instant.now()));
        }
    }

    public Progress progress() {
        return progress.get();
    }
}
