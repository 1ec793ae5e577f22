package org.egovarchive.infra.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.egovarchive.infra.stack.StackEndpoints;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./egov bench documents}: the command side's write throughput and publish-to-searchable
 * latency, each beside its ceiling measured in the same run on the same stack.
 * <ol>
 *   <li>draft + edit through the staff API from 4 concurrent HTTP clients (each call one command), after a
 *   warm-up of three minutes, printing the rate every 5 s;</li>
 *   <li>ceiling: raw single-row INSERTs (one transaction each) from 4 connections into a copy of the event
 *   table (same columns, keys and indexes, a sequence of its own), so that the benchmark's rows never enter
 *   the record, where the relay and the ledger would have to read them;</li>
 *   <li>publish → found by {@code /api/search}, for documents sealed beforehand.</li>
 * </ol>
 */
final class DocumentsBenchmark {

    private static final int CLIENTS = 4;
    /**
     * The applications' warm-up: five fresh JVMs compiling on a small machine reach a steady rate only after
     * minutes (on 2 cores: 30 commands/s at first, ~300 after two minutes, ~500 after three; the C2 compiler
     * is then still the query side's busiest thread). {@code EGOV_BENCH_WARMUP_S} changes it.
     */
    private static final long WARMUP_MS = 1000L * Long.parseLong(System.getenv().getOrDefault("EGOV_BENCH_WARMUP_S", "180"));
    /** PostgreSQL alone warms up at once. */
    private static final long INSERT_WARMUP_MS = 10_000;
    private static final long MEASURE_MS = 20_000;
    private static final long TICK_MS = 5_000;
    private static final int PUBLICATIONS = 40;
    private static final String BODY = "各部门要按照市委、市政府的部署，推进电子政务建设，提高行政效率。".repeat(12);

    private final Console console;

    DocumentsBenchmark(Console console) {
        this.console = console;
    }

    void run(Settings home) throws Exception {
        try (BenchmarkStack stack = BenchmarkStack.start(home, console)) {
            BenchmarkClient client = new BenchmarkClient(stack.settings());
            // commands first: 800k raw rows leave PostgreSQL checkpointing and vacuuming for a while after
            double commands = commands(client);
            double inserts = rawInserts(stack.endpoints());
            List<Long> latencies = publishToSearchable(client);
            long p50 = percentile(latencies, 50);
            long p95 = percentile(latencies, 95);
            console.line("");
            console.line(String.format("raw INSERTs, 4 connections          %8.0f rows/s (ceiling)", inserts));
            console.line(String.format("draft+edit, 4 HTTP clients          %8.0f commands/s (target >= 300)", commands));
            console.line(String.format("publish -> searchable               p50 %d ms, p95 %d ms over %d (target p95 <= 2000 ms)",
                    p50, p95, latencies.size()));
            console.line(String.format("RATIO commands / raw inserts        %8.3f", commands / inserts));
        }
    }

    private double rawInserts(StackEndpoints db) throws Exception {
        try (Connection owner = DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(), db.ownerPassword())) {
            // its own sequence: sharing the event store's would leave a gap of every row inserted here in the
            // global index, and the application's gap-aware tracking processors would carry it into the next phase
            owner.createStatement().execute("create table if not exists bench_event_entry "
                    + "(like domain_event_entry including all excluding defaults)");
            owner.createStatement().execute("create sequence if not exists bench_event_entry_seq owned by bench_event_entry.global_index");
            owner.createStatement().execute("alter table bench_event_entry alter column global_index set default nextval('bench_event_entry_seq')");
            owner.createStatement().execute("grant select, insert on bench_event_entry to " + db.appUser());
            owner.createStatement().execute("grant usage on all sequences in schema public to " + db.appUser());
        }
        AtomicLong rows = new AtomicLong();
        String payload = "{\"author\":\"author1\",\"body\":" + BenchmarkClient.json(BODY) + ",\"title\":\"基准\"}";
        String metadata = "{\"actor\":\"author1\",\"correlationId\":\"" + UUID.randomUUID() + "\",\"department\":\"info-center\","
                + "\"hash\":\"" + "a".repeat(64) + "\",\"prevHash\":\"" + "0".repeat(64) + "\",\"requestTime\":\"" + Instant.now()
                + "\",\"role\":\"AUTHOR\"}";
        return measure("raw INSERTs", INSERT_WARMUP_MS, rows, () -> {
            Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.appUser(), db.appPassword());
            PreparedStatement insert = connection.prepareStatement("insert into bench_event_entry (aggregate_identifier, "
                    + "sequence_number, type, event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp) "
                    + "values (?, 0, 'Benchmark', ?, ?, ?, '1', 'benchmark.RawInsert', ?)");
            return new Step() {
                @Override
                public void run() throws SQLException {
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, UUID.randomUUID().toString());
                    insert.setBytes(3, metadata.getBytes(StandardCharsets.UTF_8));
                    insert.setBytes(4, payload.getBytes(StandardCharsets.UTF_8));
                    insert.setString(5, Instant.now().toString());
                    insert.executeUpdate();
                    rows.incrementAndGet();
                }

                @Override
                public void close() throws SQLException {
                    connection.close();
                }
            };
        });
    }

    private double commands(BenchmarkClient client) throws Exception {
        AtomicLong count = new AtomicLong();
        return measure("draft+edit", WARMUP_MS, count, () -> (Step) () -> {
            JsonNode drafted = client.command("POST", "/api/documents", "author1", "{\"title\": \"基准测试\", \"body\": "
                    + BenchmarkClient.json(BODY) + ", \"channel\": \"工作动态\", \"docType\": \"NEWS\", \"classification\": \"PUBLIC\"}");
            count.incrementAndGet();
            client.command("PUT", "/api/documents/" + drafted.get("id").asText(), "author1",
                    "{\"title\": \"基准测试（修改）\", \"body\": " + BenchmarkClient.json(BODY + "修改。") + ", \"expectedVersion\": 0}");
            count.incrementAndGet();
        });
    }

    /** One client's repeated act, with whatever it holds open (a connection, say) closed at the end. */
    private interface Step extends AutoCloseable {
        void run() throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    /** Opens one client's step, once per client thread. */
    private interface Worker {
        Step open() throws Exception;
    }

    /** Runs {@code CLIENTS} workers for the warm-up, then counts for the measured window; returns per second. */
    private double measure(String what, long warmupMs, AtomicLong counter, Worker worker) throws Exception {
        console.line(what + ": warming up and measuring for " + (warmupMs + MEASURE_MS) / 1000 + " s…");
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long start = System.currentTimeMillis();
        long end = start + warmupMs + MEASURE_MS;
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            workers.add(pool.submit(() -> {
                try (Step step = worker.open()) {
                    while (System.currentTimeMillis() < end) {
                        step.run();
                    }
                }
                return null;
            }));
        }
        // a rate per 5 s, so a reader sees whether the JVMs (fresh, on few cores) were still warming up
        long atWarm = 0;
        long last = 0;
        StringBuilder rates = new StringBuilder();
        for (long tick = start + TICK_MS; tick <= end; tick += TICK_MS) {
            while (System.currentTimeMillis() < tick) {
                Thread.sleep(20);
            }
            long now = counter.get();
            rates.append(rates.isEmpty() ? "" : " ").append((now - last) * 1000 / TICK_MS);
            last = now;
            if (tick == start + warmupMs) {
                atWarm = now;
                rates.append(" |");
            }
        }
        for (Future<?> f : workers) {
            f.get();
        }
        pool.shutdown();
        console.line(what + ": per second, every 5 s (warm-up | measured): " + rates);
        return (counter.get() - atWarm) * 1000.0 / MEASURE_MS;
    }

    List<Long> publishToSearchable(BenchmarkClient client) throws InterruptedException {
        console.line("publish -> searchable: sealing " + PUBLICATIONS + " documents…");
        client.command("POST", "/api/admin/demo-data", "admin1", "{}");
        String seal = null;
        for (JsonNode s : client.command("GET", "/api/seals", "admin1", "")) {
            if (s.get("department").asText().equals("info-center")) {
                seal = s.get("id").asText();
            }
        }
        List<String[]> sealed = new ArrayList<>();
        for (int i = 0; i < PUBLICATIONS; i++) {
            String marker = "bench" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            String id = client.command("POST", "/api/documents", "author1", "{\"title\": \"" + marker + " 通知\", \"body\": "
                    + BenchmarkClient.json(BODY) + ", \"channel\": \"通知公告\", \"docType\": \"NOTICE\", \"classification\": \"PUBLIC\"}")
                    .get("id").asText();
            client.command("POST", "/api/documents/" + id + "/submit", "author1", "{}");
            client.command("POST", "/api/documents/" + id + "/approve", "approver1", "{}");
            client.command("POST", "/api/documents/" + id + "/seal", "keeper1", "{\"sealId\": \"" + seal + "\"}");
            sealed.add(new String[]{id, marker});
        }
        List<Long> latencies = new ArrayList<>();
        for (String[] document : sealed) {
            long start = System.nanoTime();
            client.command("POST", "/api/documents/" + document[0] + "/publish", "author1", "{}");
            while (client.search(document[1]).path("total").asLong() == 0) {
                Thread.sleep(10);
            }
            latencies.add((System.nanoTime() - start) / 1_000_000);
        }
        return latencies;
    }

    private static long percentile(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
