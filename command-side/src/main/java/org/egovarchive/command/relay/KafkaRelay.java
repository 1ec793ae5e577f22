package org.egovarchive.command.relay;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.egovarchive.kernel.event.EventEnvelope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes each stored event to Kafka, keyed by aggregate id so one aggregate's events stay in
 * order on one partition. Sends of one batch go out together; before the processor stores its
 * token (same unit of work, same transaction) every send must be acknowledged by the broker
 * (acks=all, idempotent producer). A failure rolls the batch back and the processor retries it:
 * at-least-once, never a skipped event.
 */
@Component
@ProcessingGroup(KafkaRelay.PROCESSING_GROUP)
public class KafkaRelay {

    public static final String PROCESSING_GROUP = "kafka-relay";
    private static final String PENDING = KafkaRelay.class.getName() + ".pending";
    private static final long ACK_TIMEOUT_SECONDS = 30;

    private final KafkaTemplate<String, byte[]> kafka;
    private final RelayProperties properties;
    private final EnvelopeFactory envelopes = new EnvelopeFactory();

    private final JdbcTemplate jdbc;

    public KafkaRelay(KafkaTemplate<String, byte[]> kafka, RelayProperties properties, JdbcTemplate jdbc) {
        this.kafka = kafka;
        this.properties = properties;
        this.jdbc = jdbc;
    }

    /**
     * The envelope's position is the event's own global index, read from the store: for an event that
     * commits late and fills a gap, the gap-aware token reports the highest index seen instead. The
     * payload and revision are read in the same query, as stored (see {@link EnvelopeFactory}).
     */
    @EventHandler
    public void on(EventMessage<?> event) {
        if (!(event instanceof DomainEventMessage<?> domainEvent)) {
            throw new IllegalStateException("only aggregate events are stored here, got " + event.getPayloadType());
        }
        EnvelopeFactory.StoredRow row = jdbc.queryForObject("select global_index, payload_revision, payload "
                        + "from domain_event_entry where event_identifier = ?",
                (rs, n) -> new EnvelopeFactory.StoredRow(rs.getLong(1), rs.getString(2), rs.getBytes(3)),
                event.getIdentifier());
        EventEnvelope envelope = envelopes.envelope(domainEvent, row);
        pendingSends().add(kafka.send(new ProducerRecord<>(properties.topic(), envelope.aggregateId(),
                envelopes.encode(envelope))));
    }

    private List<CompletableFuture<SendResult<String, byte[]>>> pendingSends() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        return unitOfWork.root().getOrComputeResource(PENDING, key -> {
            List<CompletableFuture<SendResult<String, byte[]>>> pending = new ArrayList<>();
            unitOfWork.root().onPrepareCommit(u -> awaitAcknowledgements(pending));
            return pending;
        });
    }

    private void awaitAcknowledgements(List<CompletableFuture<SendResult<String, byte[]>>> pending) {
        kafka.flush();
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RelayFailedException("interrupted while waiting for Kafka", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new RelayFailedException("Kafka did not acknowledge the batch; it will be retried", e);
        }
    }

    /** The batch could not be handed to Kafka; the processor rolls it back and retries. */
    static final class RelayFailedException extends RuntimeException {
        RelayFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
