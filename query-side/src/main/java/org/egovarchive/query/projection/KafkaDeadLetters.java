package org.egovarchive.query.projection;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.egovarchive.kernel.event.EventCodec;
import org.egovarchive.kernel.event.EventEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends rejected events to the dead-letter topic with the reason in a header, and waits for the
 * broker's acknowledgement so that committing the batch's offsets cannot lose them.
 */
@Component
public class KafkaDeadLetters implements DeadLetters {

    public static final String REASON_HEADER = "egov-dlq-reason";
    private static final Logger log = LoggerFactory.getLogger(KafkaDeadLetters.class);

    private final KafkaTemplate<String, byte[]> kafka;
    private final String topic;
    private final EventCodec codec = new EventCodec();
    private final AtomicLong count = new AtomicLong();

    public KafkaDeadLetters(KafkaTemplate<String, byte[]> kafka, @Value("${egov.kafka.dead-letter-topic}") String topic) {
        this.kafka = kafka;
        this.topic = topic;
    }

    @Override
    public void reject(EventEnvelope envelope, String reason) {
        reject(codec.encode(envelope), envelope.aggregateId(), reason);
    }

    @Override
    public void reject(byte[] raw, String key, String reason) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, raw);
        record.headers().add(REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8));
        try {
            kafka.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not dead-letter an event; the batch will be retried", e);
        }
        count.incrementAndGet();
        log.warn("dead-lettered an event (key {}): {}", key, reason);
    }

    public long count() {
        return count.get();
    }
}
