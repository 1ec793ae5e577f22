package org.egovarchive.infra.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code ./egov bench stats [letters]}: {@code GET /api/stats/efficiency} for a year over a million
 * generated letters (default), beside the same aggregation sent straight to Elasticsearch. The letters
 * are bulk-loaded into {@code messages} in the projection's shape (the projection itself is measured by
 * {@code bench search}); then each request runs 60 times from 4 clients.
 */
final class StatsBenchmark {

    private static final String[] DEPARTMENTS = {"office", "info-center", "housing", "education", "transport"};
    private static final int CLIENTS = 4;
    private static final int REQUESTS = 60;

    private final Console console;
    private final HttpClient http = HttpClient.newHttpClient();

    StatsBenchmark(Console console) {
        this.console = console;
    }

    void run(Settings home, int letters) throws Exception {
        try (BenchmarkStack stack = BenchmarkStack.start(home, console)) {
            String es = stack.endpoints().elasticsearchUrl();
            long loadStart = System.nanoTime();
            load(es, letters);
            console.line(String.format("loaded %d letters in %.1f s", letters, (System.nanoTime() - loadStart) / 1e9));
            String api = stack.settings().queryUrl() + "/api/stats/efficiency?from=2025-01-01&to=2025-12-31";
            String credentials = home.demoAuthorization("leader1");
            long coldStart = System.nanoTime();
            get(api, credentials);
            long cold = (System.nanoTime() - coldStart) / 1_000_000;
            List<Long> direct = measure(() -> post(es + "/messages/_search", directQuery()));
            List<Long> app = measure(() -> get(api, credentials));
            console.line("");
            console.line(String.format("direct ES aggregation          p50 %4d ms  p95 %4d ms", percentile(direct, 50), percentile(direct, 95)));
            console.line(String.format("GET /api/stats/efficiency      p50 %4d ms  p95 %4d ms  (target p95 <= 300 ms at 1M letters)",
                    percentile(app, 50), percentile(app, 95)));
            console.line(String.format("first request (nothing cached) %4d ms", cold));
            console.line(String.format("RATIO api p95 / direct p95     %.2f", (double) percentile(app, 95) / Math.max(1, percentile(direct, 95))));
        }
    }

    private void load(String es, int letters) throws IOException, InterruptedException {
        Random random = new Random(2025);
        long yearStart = LocalDate.of(2025, 1, 1).atStartOfDay(ZoneOffset.ofHours(8)).toInstant().toEpochMilli();
        StringBuilder bulk = new StringBuilder();
        for (int i = 0; i < letters; i++) {
            Instant received = Instant.ofEpochMilli(yearStart + (long) (random.nextDouble() * 365L * 24 * 3600 * 1000));
            Instant due = received.plusSeconds(3600L * 24 * (7 + random.nextInt(7)));
            boolean replied = random.nextInt(100) < 92;
            double hours = 2 + random.nextDouble() * 24 * 16;
            Instant repliedAt = received.plusSeconds((long) (hours * 3600));
            bulk.append("{\"index\":{\"_index\":\"messages\",\"_id\":\"bench-").append(i).append("\"}}\n")
                    .append("{\"id\":\"bench-").append(i).append("\",\"version\":3,\"box\":\"MESSAGE_BOARD\",\"kind\":\"CONSULTATION\",")
                    .append("\"status\":\"").append(replied ? "REPLIED" : "ASSIGNED").append("\",\"department\":\"")
                    .append(DEPARTMENTS[random.nextInt(DEPARTMENTS.length)]).append("\",\"wantsPublicReply\":false,\"replyPublic\":false,")
                    .append("\"receivedAt\":\"").append(received).append("\",\"dueWorkingDays\":5,\"dueAt\":\"").append(due).append("\",")
                    .append("\"forwards\":").append(random.nextInt(10) == 0 ? 1 : 0).append(",\"escalated\":").append(random.nextInt(20) == 0)
                    .append(",\"explained\":").append(random.nextInt(10) == 0).append(",\"extendedWorkingDays\":0");
            if (replied) {
                bulk.append(",\"repliedAt\":\"").append(repliedAt).append("\",\"firstResponseAt\":\"").append(repliedAt)
                        .append("\",\"replyHours\":").append(hours).append(",\"firstResponseHours\":").append(hours)
                        .append(",\"replyWorkingDays\":").append((int) (hours / 24 * 5 / 7)).append(",\"onTime\":")
                        .append(!repliedAt.isAfter(due)).append(",\"rating\":").append(1 + random.nextInt(5));
            }
            bulk.append("}\n");
            if ((i + 1) % 20_000 == 0 || i == letters - 1) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(es + "/_bulk"))
                        .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(bulk.toString())).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200 || response.body().contains("\"errors\":true")) {
                    throw new IllegalStateException("bulk failed: " + response.body().substring(0, Math.min(500, response.body().length())));
                }
                bulk.setLength(0);
            }
        }
        http.send(HttpRequest.newBuilder(URI.create(es + "/messages/_refresh")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The letters request the statistics send, as JSON: per department every figure's aggregation, and the
     * totals' percentiles. (The statistics also send a small documents request, side by side.)
     */
    private static String directQuery() {
        String pct = "\"percentiles\":{\"percents\":[50,90],\"keyed\":false,\"hdr\":{\"number_of_significant_value_digits\":3},";
        String replied = "{\"filter\":{\"exists\":{\"field\":\"repliedAt\"}},\"aggs\":{"
                + "\"onTime\":{\"filter\":{\"term\":{\"onTime\":true}}},\"hours\":{\"avg\":{\"field\":\"replyHours\"}},"
                + "\"hoursPct\":{" + pct + "\"field\":\"replyHours\"}},\"days\":{\"avg\":{\"field\":\"replyWorkingDays\"}},"
                + "\"daysPct\":{" + pct + "\"field\":\"replyWorkingDays\"}}}}";
        String now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString();
        return "{\"size\":0,\"track_total_hits\":true,\"query\":{\"bool\":{\"filter\":[{\"range\":{\"receivedAt\":"
                + "{\"gte\":\"2024-12-31T16:00:00Z\",\"lt\":\"2025-12-31T16:00:00Z\"}}}]}},\"aggs\":{"
                + "\"departments\":{\"terms\":{\"field\":\"department\",\"size\":200},\"aggs\":{\"replied\":" + replied + ","
                + "\"overdueOpen\":{\"filter\":{\"bool\":{\"must_not\":[{\"exists\":{\"field\":\"repliedAt\"}}],"
                + "\"filter\":[{\"range\":{\"dueAt\":{\"lt\":\"" + now + "\"}}}]}}},"
                + "\"firstResponse\":{\"filter\":{\"exists\":{\"field\":\"firstResponseAt\"}},\"aggs\":{\"hours\":{\"avg\":{\"field\":\"firstResponseHours\"}}}},"
                + "\"closed\":{\"filter\":{\"exists\":{\"field\":\"closedAt\"}}},\"explained\":{\"filter\":{\"term\":{\"explained\":true}}},"
                + "\"forwarded\":{\"filter\":{\"range\":{\"forwards\":{\"gte\":1}}}},\"escalated\":{\"filter\":{\"term\":{\"escalated\":true}}},"
                + "\"rating\":{\"avg\":{\"field\":\"rating\"}},\"rated\":{\"filter\":{\"exists\":{\"field\":\"rating\"}}}}},"
                + "\"replied\":{\"filter\":{\"exists\":{\"field\":\"repliedAt\"}},\"aggs\":{"
                + "\"hoursPct\":{" + pct + "\"field\":\"replyHours\"}},\"daysPct\":{" + pct + "\"field\":\"replyWorkingDays\"}}}}}}";
    }

    private interface Call {
        void run() throws Exception;
    }

    private List<Long> measure(Call call) throws Exception {
        for (int i = 0; i < 5; i++) {
            call.run();
        }
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            futures.add(pool.submit(() -> {
                for (int i = 0; i < REQUESTS / CLIENTS; i++) {
                    long start = System.nanoTime();
                    call.run();
                    times.add((System.nanoTime() - start) / 1_000_000);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        return times;
    }

    private void get(String url, String credentials) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", credentials).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
    }

    private void post(String url, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
    }

    static long percentile(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
