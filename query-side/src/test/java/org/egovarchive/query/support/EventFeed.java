package org.egovarchive.query.support;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.egovarchive.infra.stack.KafkaPrincipal;
import org.egovarchive.infra.stack.junit.LocalStackExtension;
import org.egovarchive.kernel.event.ChainLink;
import org.egovarchive.kernel.event.EventCodec;
import org.egovarchive.kernel.event.EventEnvelope;
import org.egovarchive.kernel.event.EventMetadata;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/** Puts events on {@code egov.events} the way the command side's relay does. */
public final class EventFeed implements AutoCloseable {

    private static final AtomicLong POSITION = new AtomicLong(1_000_000);
    private static final Map<String, String> HASHES = new ConcurrentHashMap<>();
    private final EventCodec codec = new EventCodec();
    private final KafkaProducer<String, byte[]> producer;

    public EventFeed(String bootstrapServers) {
        createTopicIfMissing(bootstrapServers);
        producer = new KafkaProducer<>(asAdmin(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all")), new StringSerializer(), new ByteArraySerializer());
    }

    /** The command side owns the topic; here the tests stand in for it. */
    private static void createTopicIfMissing(String bootstrapServers) {
        try (Admin admin = Admin.create(asAdmin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers)))) {
            if (!admin.listTopics().names().get().contains("egov.events")) {
                admin.createTopics(List.of(new NewTopic("egov.events", 3, (short) 1)
                        .configs(Map.of("retention.ms", "-1")))).all().get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** As the stack's Kafka administrator: the query side's own principal may not write {@code egov.events}. */
    private static Map<String, Object> asAdmin(Map<String, Object> settings) {
        return LocalStackExtension.endpoints().kafkaClient(KafkaPrincipal.ADMIN, settings);
    }

    /**
     * The envelope of an event as the relay would send it, hash-chained like the store's: from the
     * previous sequence's envelope made here, or from the genesis value for sequence 0.
     */
    public EventEnvelope envelope(String aggregateType, String aggregateId, long sequence, Object payload) {
        EventEnvelope envelope = new EventEnvelope(EventEnvelope.CURRENT_VERSION, aggregateId + "/" + sequence,
                POSITION.incrementAndGet(), aggregateType, aggregateId, sequence, payload.getClass().getSimpleName(),
                "1", Instant.now(),
                Map.of("actor", "author1", "role", "AUTHOR", "department", "info-center"), codec.toTree(payload));
        return chain(envelope);
    }

    /** {@code envelope} chained from the previous sequence of its aggregate made here. */
    public static EventEnvelope chain(EventEnvelope envelope) {
        String prev = envelope.sequence() == 0 ? ChainLink.GENESIS
                : HASHES.getOrDefault(envelope.aggregateId() + "/" + (envelope.sequence() - 1), ChainLink.GENESIS);
        EventEnvelope chained = ChainLink.chained(envelope, prev);
        HASHES.put(envelope.aggregateId() + "/" + envelope.sequence(), chained.metadata(EventMetadata.HASH));
        return chained;
    }

    public void send(EventEnvelope envelope) {
        sendRaw(envelope.aggregateId(), codec.encode(envelope));
    }

    public void sendRaw(String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>("egov.events", key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
