package org.egovarchive.query.operations;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.egovarchive.query.elastic.ReadModel;
import org.egovarchive.query.projection.EventStreamListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * The status of the live projection stream, from Kafka's own bookkeeping: per partition the committed
 * offset against the end of the topic (lag in events), how old the last projected event is when the
 * stream is behind (lag in seconds), how many records went to the dead-letter topic in all, and how
 * many views are held over a hole in their stream.
 */
@Service
public class ProjectionStatus {

    private static final List<ReadModel> HOLDABLE = List.of(ReadModel.DOCUMENTS_ADMIN, ReadModel.MESSAGES, ReadModel.SEALS);

    private final KafkaAdmin kafkaAdmin;
    private final ElasticsearchClient elastic;
    private final EventStreamListener live;
    private final Rebuilds rebuilds;
    private final String topic;
    private final String deadLetterTopic;
    private final String group;

    public ProjectionStatus(KafkaAdmin kafkaAdmin, ElasticsearchClient elastic, EventStreamListener live, Rebuilds rebuilds,
                            @Value("${egov.kafka.topic}") String topic,
                            @Value("${egov.kafka.dead-letter-topic}") String deadLetterTopic,
                            @Value("${egov.kafka.group}") String group) {
        this.kafkaAdmin = kafkaAdmin;
        this.elastic = elastic;
        this.live = live;
        this.rebuilds = rebuilds;
        this.topic = topic;
        this.deadLetterTopic = deadLetterTopic;
        this.group = group;
    }

    /** One partition of the event topic: what the group has committed and where the topic ends. */
    public record Partition(int partition, long committed, long end) {
    }

    /**
     * The live projection. {@code heldViews}: per read model, how many views are held because their
     * stream has a hole (an event missing or refused); a rebuild releases them.
     */
    public record Projection(String name, String consumerGroup, List<String> readModels, long position, Instant lastEventAt,
                             Instant lastProjectedAt, long lagEvents, long lagSeconds, long deadLetters,
                             List<Partition> partitions, Map<String, Long> heldViews) {
    }

    public record Status(List<Projection> projections, RebuildState rebuild) {
    }

    public Status status() {
        try (Admin admin = Admin.create(kafkaAdmin.getConfigurationProperties())) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS)
                    .get(topic).partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<TopicPartition, Long> ends = latest(admin, partitions);
            List<Partition> rows = partitions.stream().map(p -> new Partition(p.partition(),
                    committed.containsKey(p) ? committed.get(p).offset() : 0, ends.get(p))).toList();
            long lag = rows.stream().mapToLong(r -> Math.max(0, r.end() - r.committed())).sum();
            long deadLetters = deadLetters(admin);
            EventStreamListener.Progress progress = live.progress();
            long lagSeconds = lag == 0 || progress.eventTime() == null ? 0
                    : Math.max(0, Duration.between(progress.eventTime(), Instant.now()).toSeconds());
            Projection projection = new Projection(EventStreamListener.LISTENER_ID, group,
                    Arrays.stream(ReadModel.values()).filter(ReadModel::projected).map(ReadModel::alias).toList(),
                    progress.position(), progress.eventTime(), progress.projectedAt(), lag, lagSeconds, deadLetters, rows,
                    heldViews());
            return new Status(List.of(projection), rebuilds.state().orElse(null));
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Long> heldViews() {
        Map<String, Long> held = new LinkedHashMap<>();
        for (ReadModel model : HOLDABLE) {
            try {
                held.put(model.alias(), elastic.count(c -> c.index(model.alias())
                        .query(q -> q.exists(e -> e.field("hold.expectedSequence")))).count());
            } catch (IOException e) {
                throw new UncheckedIOException("Elasticsearch unreachable", e);
            }
        }
        return held;
    }

    private long deadLetters(Admin admin) throws ExecutionException, InterruptedException, TimeoutException {
        if (!admin.listTopics().names().get(10, TimeUnit.SECONDS).contains(deadLetterTopic)) {
            return 0;
        }
        List<TopicPartition> partitions = admin.describeTopics(List.of(deadLetterTopic)).allTopicNames().get(10, TimeUnit.SECONDS)
                .get(deadLetterTopic).partitions().stream().map(p -> new TopicPartition(deadLetterTopic, p.partition())).toList();
        return latest(admin, partitions).values().stream().mapToLong(Long::longValue).sum();
    }

    private static Map<TopicPartition, Long> latest(Admin admin, List<TopicPartition> partitions)
            throws ExecutionException, InterruptedException, TimeoutException {
        return admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                .all().get(10, TimeUnit.SECONDS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }
}
