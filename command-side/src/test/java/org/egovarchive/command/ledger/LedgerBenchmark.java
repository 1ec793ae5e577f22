package org.egovarchive.command.ledger;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.egovarchive.command.dispatch.Commands;
import org.egovarchive.command.document.DraftDocument;
import org.egovarchive.command.relay.KafkaRelay;
import org.egovarchive.command.staff.Actor;
import org.egovarchive.command.support.CommandSideIT;
import org.egovarchive.infra.stack.StackEndpoints;
import org.egovarchive.infra.stack.junit.LocalStackExtension;
import org.egovarchive.kernel.document.Classification;
import org.egovarchive.kernel.document.DocType;
import org.egovarchive.kernel.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.awaitility.Awaitility.await;

/**
 * Figures for the ledger, printed, not asserted (run alone: {@code -Dit.test=LedgerBenchmark}):
 * the cost of the ledger as a ratio of event throughput with and without its processor, and proof
 * sizes and proof times at a million leaves (in memory, and from PostgreSQL).
 */
@CommandSideIT
class LedgerBenchmark {

    private static final int EVENTS = 3000;
    private static final int WRITERS = 4;
    private static final Actor AUTHOR = new Actor("author1", StaffRole.AUTHOR, "info-center");

    @Autowired
    Commands commands;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void throughputWithAndWithoutTheLedger() throws Exception {
        // warm-up, then alternating rounds, so that neither side gets all of the JIT's or the cache's favours
        append(1000);
        awaitProcessed(KafkaRelay.PROCESSING_GROUP, LedgerProcessor.PROCESSING_GROUP);
        EventProcessor ledger = processing.eventProcessor(LedgerProcessor.PROCESSING_GROUP).orElseThrow();
        double relayOnly = 0;
        double withLedger = 0;
        double catchUp = 0;
        for (int round = 0; round < 2; round++) {
            ledger.shutDown();
            relayOnly += timed(() -> {
                append(EVENTS);
                awaitProcessed(KafkaRelay.PROCESSING_GROUP);
            });
            catchUp += timed(() -> {
                ledger.start();
                awaitProcessed(LedgerProcessor.PROCESSING_GROUP);
            });
            withLedger += timed(() -> {
                append(EVENTS);
                awaitProcessed(KafkaRelay.PROCESSING_GROUP, LedgerProcessor.PROCESSING_GROUP);
            });
        }
        System.out.printf("%n[ledger-benchmark] 2 x %d events appended (%d writers) and relayed to Kafka: %.0f events/s"
                        + " without the ledger, %.0f events/s with it appending in parallel: cost %.1f %% of throughput%n",
                EVENTS, WRITERS, 2 * EVENTS / relayOnly, 2 * EVENTS / withLedger, 100 * (withLedger - relayOnly) / withLedger);
        System.out.printf("[ledger-benchmark] the ledger alone appended a backlog of 2 x %d events at %.0f events/s%n",
                EVENTS, 2 * EVENTS / catchUp);
    }

    @Test
    void proofsAtAMillionLeaves() throws Exception {
        ProofFigures.inMemory(1_000_000).forEach(line -> System.out.println("[ledger-benchmark] " + line));
        StackEndpoints stack = LocalStackExtension.endpoints();
        ProofFigures.inPostgres(stack.jdbcUrl(), stack.ownerUser(), stack.ownerPassword(), 1_000_000)
                .forEach(line -> System.out.println("[ledger-benchmark] " + line));
    }

    private void append(int events) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            Future<?>[] done = new Future<?>[WRITERS];
            for (int w = 0; w < WRITERS; w++) {
                done[w] = writers.submit(() -> {
                    for (int i = 0; i < events / WRITERS; i++) {
                        commands.send(new DraftDocument(UUID.randomUUID().toString(), "政务动态", DocType.NEWS,
                                Classification.PUBLIC, "基准测试 " + i, "正文".repeat(50), null, AUTHOR));
                    }
                });
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            writers.shutdown();
        }
    }

    private void awaitProcessed(String... groups) {
        long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(20)).until(() -> {
            for (String group : groups) {
                StreamingEventProcessor processor = (StreamingEventProcessor) processing.eventProcessor(group).orElseThrow();
                boolean there = processor.processingStatus().values().stream()
                        .allMatch(s -> s.getCurrentPosition().orElse(-1) >= head);
                if (!there) {
                    return false;
                }
            }
            return true;
        });
    }

    private static double timed(ThrowingRunnable work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
