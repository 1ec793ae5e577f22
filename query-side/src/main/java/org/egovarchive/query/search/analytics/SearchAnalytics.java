package org.egovarchive.query.search.analytics;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import jakarta.annotation.PreDestroy;
import org.egovarchive.query.elastic.ReadModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Counts public queries without slowing them: {@link #record} only offers to a bounded queue, and
 * one background thread writes what has queued in bulk, at least once a second. When Elasticsearch
 * is slow the queue fills while a write waits; when it is full, or a write fails, records are
 * dropped and counted in the log — analytics are a statistic, a search must never wait for them.
 */
@Component
@DependsOn("indexBootstrap")
public class SearchAnalytics {

    private static final Logger log = LoggerFactory.getLogger(SearchAnalytics.class);
    static final int QUEUE_CAPACITY = 10_000;
    static final int BATCH = 500;

    private final BlockingQueue<QueryRecord> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final Consumer<List<QueryRecord>> sink;
    private final Clock clock;
    private final AtomicLong dropped = new AtomicLong();
    private final Thread writer;
    private volatile boolean running = true;
    private long reportedDrops;
    private Instant reportedAt = Instant.EPOCH;

    @Autowired
    public SearchAnalytics(ElasticsearchClient client) {
        this(records -> write(client, records), Clock.systemUTC());
    }

    SearchAnalytics(Consumer<List<QueryRecord>> sink, Clock clock) {
        this.sink = sink;
        this.clock = clock;
        this.writer = new Thread(this::drain, "search-analytics-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Counts one query; returns at once whatever the state of the index. */
    public void record(String normalisedQuery, long hits) {
        if (!queue.offer(new QueryRecord(normalisedQuery, hits, hits == 0, clock.instant()))) {
            dropped.incrementAndGet();
        }
    }

    /** Records dropped so far (queue full or write failed). */
    long dropped() {
        return dropped.get();
    }

    private void drain() {
        List<QueryRecord> batch = new ArrayList<>(BATCH);
        while (running || !queue.isEmpty()) {
            try {
                QueryRecord first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                sink.accept(batch);
                reportDrops();
            } catch (InterruptedException e) {
                running = false;
            } catch (RuntimeException e) {
                long lost = dropped.addAndGet(batch.size());
                log.warn("search analytics: {} records not written ({} dropped so far): {}", batch.size(), lost, e.toString());
            } finally {
                batch.clear();
            }
        }
    }

    /** A full queue is noticed here, at most once a minute, not on the searching thread. */
    private void reportDrops() {
        long now = dropped.get();
        if (now > reportedDrops && Duration.between(reportedAt, clock.instant()).toMinutes() >= 1) {
            log.warn("search analytics: queue was full, {} records dropped so far", now);
            reportedDrops = now;
            reportedAt = clock.instant();
        }
    }

    private static void write(ElasticsearchClient client, List<QueryRecord> records) {
        List<BulkOperation> operations = records.stream()
                .map(r -> BulkOperation.of(b -> b.index(i -> i.index(ReadModel.SEARCH_ANALYTICS.alias()).document(r))))
                .toList();
        try {
            if (client.bulk(b -> b.operations(operations)).errors()) {
                throw new IllegalStateException("Elasticsearch refused part of the batch");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes what is queued, then stops: a graceful shutdown loses nothing already counted. */
    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        writer.join(TimeUnit.SECONDS.toMillis(10));
        if (dropped.get() > 0) {
            log.info("search analytics: {} records were dropped while running", dropped.get());
        }
    }
}
