package org.egovarchive.query.operations;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.egovarchive.kernel.event.EventEnvelope;
import org.egovarchive.query.elastic.ReadModel;
import org.egovarchive.query.elastic.Targets;
import org.egovarchive.query.projection.DeadLetters;
import org.egovarchive.query.projection.ProjectionRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Blue/green rebuilds. Fresh indices of a new generation are filled from the start of
 * {@code egov.events} by a reader of its own (no consumer group offsets: it assigns every partition
 * and reads from the beginning) while the live stream keeps serving the old ones. Once the reader has
 * reached the end the topic had, all aliases move to the new indices in one atomic request; the reader
 * then catches up with whatever the live stream projected into the old indices meanwhile (writes are
 * versioned, so doing both is harmless), and the old generation is deleted. Searches answer throughout.
 */
@Service
public class Rebuilds {

    private static final Logger log = LoggerFactory.getLogger(Rebuilds.class);
    private static final DateTimeFormatter GENERATION = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final ElasticsearchClient client;
    private final ProjectionRunner runner;
    private final String topic;
    private final ConsumerFactory<?, ?> consumers;
    private final AtomicReference<RebuildState> state = new AtomicReference<>();

    public Rebuilds(ElasticsearchClient client, ProjectionRunner runner, @Value("${egov.kafka.topic}") String topic,
                    ConsumerFactory<?, ?> consumers) {
        this.client = client;
        this.runner = runner;
        this.topic = topic;
        this.consumers = consumers;
    }

    /** Starts a rebuild unless one runs; returns the state of the one that runs. */
    public synchronized RebuildState start(String reason) {
        RebuildState current = state.get();
        if (current != null && current.running()) {
            return current;
        }
        String generation = ZonedDateTime.now(ZoneOffset.UTC).format(GENERATION);
        RebuildState starting = RebuildState.starting(generation);
        state.set(starting);
        log.info("rebuild {} started: {}", generation, reason);
        Thread thread = new Thread(() -> run(generation), "rebuild-" + generation);
        thread.setDaemon(true);
        thread.start();
        return starting;
    }

    public Optional<RebuildState> state() {
        return Optional.ofNullable(state.get());
    }

    private void run(String generation) {
        Targets targets = Targets.generation(generation);
        try (KafkaConsumer<String, byte[]> reader = reader(generation)) {
            createIndices(targets);
            List<TopicPartition> partitions = reader.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            Map<TopicPartition, Long> start = reader.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = reader.endOffsets(partitions);
            long total = partitions.stream().mapToLong(p -> end.get(p) - start.get(p)).sum();
            AtomicLong done = new AtomicLong();
            replay(reader, targets, end, done, total, RebuildState.Phase.REPLAYING);
            update(RebuildState.Phase.SWAPPING_ALIASES, done.get(), total);
            restoreRefresh(targets);
            swapAliases(targets);
            Map<TopicPartition, Long> afterSwap = reader.endOffsets(partitions);
            long more = partitions.stream().mapToLong(p -> afterSwap.get(p) - end.get(p)).sum();
            replay(reader, targets, afterSwap, done, total + more, RebuildState.Phase.CATCHING_UP);
            deleteOtherGenerations(targets);
            state.set(state.get().at(RebuildState.Phase.CATCHING_UP, done.get(), total + more).finished());
            log.info("rebuild {} done: {} events", generation, done.get());
        } catch (RuntimeException | IOException e) {
            log.error("rebuild {} failed: {}", generation, e.toString());
            state.set(state.get().failed(e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private void replay(KafkaConsumer<String, byte[]> reader, Targets targets, Map<TopicPartition, Long> until,
                        AtomicLong done, long total, RebuildState.Phase phase) {
        DeadLetters rejected = new AlreadyDeadLettered();
        while (until.entrySet().stream().anyMatch(e -> reader.position(e.getKey()) < e.getValue())) {
            ConsumerRecords<String, byte[]> records = reader.poll(Duration.ofMillis(500));
            List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>(records.count());
            records.forEach(batch::add);
            if (!batch.isEmpty()) {
                runner.run(batch, targets, rejected);
                done.addAndGet(batch.size());
                update(phase, done.get(), total);
            }
        }
    }

    /** Without refreshes while they fill: nobody reads them yet, and refreshing would slow the replay. */
    private void createIndices(Targets targets) throws IOException {
        for (ReadModel model : projected()) {
            String index = targets.of(model);
            client.indices().create(c -> c.index(index).settings(s -> s.refreshInterval(t -> t.time("-1"))));
        }
    }

    /** Back to each template's refresh interval before the aliases point at them. */
    private void restoreRefresh(Targets targets) throws IOException {
        for (ReadModel model : projected()) {
            String interval = templateRefresh(model);
            client.indices().putSettings(p -> p.index(targets.of(model)).settings(s -> s.refreshInterval(t -> t.time(interval))));
            client.indices().refresh(r -> r.index(targets.of(model)));
        }
    }

    private static String templateRefresh(ReadModel model) throws IOException {
        try (InputStream template = new ClassPathResource(model.templateResource()).getInputStream()) {
            return new ObjectMapper().readTree(template).path("template").path("settings").path("refresh_interval").asText("1s");
        }
    }

    /** One request: every alias leaves its old indices and points at the new generation. */
    private void swapAliases(Targets targets) throws IOException {
        List<Action> actions = new ArrayList<>();
        for (ReadModel model : projected()) {
            actions.add(Action.of(a -> a.remove(r -> r.index(model.alias() + "-*").alias(model.alias()))));
            actions.add(Action.of(a -> a.add(x -> x.index(targets.of(model)).alias(model.alias()).isWriteIndex(true))));
        }
        client.indices().updateAliases(u -> u.actions(actions));
    }

    private static List<ReadModel> projected() {
        return Arrays.stream(ReadModel.values()).filter(ReadModel::projected).toList();
    }

    private void deleteOtherGenerations(Targets targets) throws IOException {
        for (ReadModel model : projected()) {
            List<String> old = client.indices().get(g -> g.index(model.alias() + "-*")).result().keySet().stream()
                    .filter(name -> !name.equals(targets.of(model))).toList();
            if (!old.isEmpty()) {
                client.indices().delete(d -> d.index(old));
            }
        }
    }

    /** The live stream's connection settings (servers, credentials), without its group: the reader assigns. */
    private KafkaConsumer<String, byte[]> reader(String generation) {
        Map<String, Object> config = new HashMap<>(consumers.getConfigurationProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "egov-rebuild-" + generation);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private void update(RebuildState.Phase phase, long done, long total) {
        state.set(state.get().at(phase, done, total));
    }

    /** A rebuild does not dead-letter again what the live stream already dead-lettered. */
    private static final class AlreadyDeadLettered implements DeadLetters {
        @Override
        public void reject(EventEnvelope envelope, String reason) {
            // the live stream sent it to the dead-letter topic when it first met it
        }

        @Override
        public void reject(byte[] raw, String key, String reason) {
            // likewise
        }
    }
}
