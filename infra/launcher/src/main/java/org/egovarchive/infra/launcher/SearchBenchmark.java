package org.egovarchive.infra.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.egovarchive.infra.stack.KafkaPrincipal;
import org.egovarchive.infra.stack.StackEndpoints;
import org.egovarchive.kernel.document.Classification;
import org.egovarchive.kernel.document.DocType;
import org.egovarchive.kernel.document.DocumentDrafted;
import org.egovarchive.kernel.document.DocumentPublished;
import org.egovarchive.kernel.event.ChainLink;
import org.egovarchive.kernel.event.EventCodec;
import org.egovarchive.kernel.event.EventEnvelope;
import org.egovarchive.kernel.event.EventMetadata;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code ./egov bench search [documents]} (default 100,000 generated Chinese documents of about 1 KB):
 * <ol>
 *   <li>projection ingest: the documents' events put straight on {@code egov.events}, the first fifth to warm
 *   the projection up, the rest timed until all are searchable — beside raw {@code _bulk} of exactly the documents the projection wrote (read back from
 *   {@code public-documents}) into an index of the same mapping;</li>
 *   <li>search p50/p95 through {@code /api/search} beside the very request it sends to Elasticsearch
 *   (taken from {@code /api/admin/search/request}) sent straight to it, 16 concurrent clients, each side
 *   after a warm-up of the same clients;</li>
 *   <li>publish → searchable through the staff API;</li>
 *   <li>a blue/green rebuild of everything from the topic.</li>
 * </ol>
 */
final class SearchBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] PHRASES = {"电子政务", "政务公开", "社会保险", "住房公积金", "营商环境", "城市更新", "交通运输",
            "义务教育", "公共服务", "数字政府", "优化服务", "依法行政", "信息化建设", "网上办事", "政策解读", "安全生产"};
    private static final String[] DEPARTMENTS = {"office", "info-center", "housing", "education", "transport"};
    private static final String[] CHANNELS = {"政务动态", "通知公告", "政策文件", "工作动态"};
    private static final int CLIENTS = 16;
    private static final int QUERIES_PER_CLIENT = 40;
    /** Warm-up of each side before its measured queries ({@code EGOV_BENCH_WARMUP_S}, default 60). */
    private static final long WARMUP_MS = 1000L * Long.parseLong(System.getenv().getOrDefault("EGOV_BENCH_WARMUP_S", "60"));

    private final Console console;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    SearchBenchmark(Console console) {
        this.console = console;
    }

    void run(Settings home, int documents) throws Exception {
        try (BenchmarkStack stack = BenchmarkStack.start(home, console)) {
            String es = stack.endpoints().elasticsearchUrl();
            BenchmarkClient client = new BenchmarkClient(stack.settings());
            // the first fifth warms the projection up (a cold JVM on few cores compiles for minutes); the rest is timed
            int warm = documents / 5;
            Random random = new Random(100_000);
            console.line("ingest: " + documents + " documents as events on egov.events, the first " + warm + " to warm up…");
            feed(stack.endpoints(), 0, warm, random);
            awaitCount(es, "public-documents", warm);
            long start = System.nanoTime();
            feed(stack.endpoints(), warm, documents, random);
            awaitCount(es, "public-documents", documents);
            double ingest = (documents - warm) / ((System.nanoTime() - start) / 1e9);
            double raw = rawBulk(es, documents);
            console.line("search: " + CLIENTS + " clients…");
            List<Long> app = measure(q -> get(stack.settings().queryUrl() + "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)));
            Map<String, String> requests = appRequests(stack.settings());
            List<Long> direct = measure(q -> post(es + "/public-documents/_search", requests.get(q)));
            List<Long> publish = new DocumentsBenchmark(console).publishToSearchable(client);
            console.line("rebuild: every read model from the topic…");
            long rebuild = rebuild(stack.settings());
            console.line("");
            console.line(String.format("raw _bulk of the same documents     %8.0f docs/s", raw));
            console.line(String.format("projection ingest (events -> ES)    %8.0f docs/s (target >= 0.6 x raw)", ingest));
            console.line(String.format("direct ES search (the same request) p50 %4d ms  p95 %4d ms", pct(direct, 50), pct(direct, 95)));
            console.line(String.format("GET /api/search                     p50 %4d ms  p95 %4d ms (target <= 1.2 x direct and <= 100 ms)",
                    pct(app, 50), pct(app, 95)));
            console.line(String.format("publish -> searchable               p50 %4d ms  p95 %4d ms", pct(publish, 50), pct(publish, 95)));
            console.line(String.format("rebuild of %d documents (%d events) %6.1f s (target <= 60 s at 100k)", documents, 2 * documents,
                    rebuild / 1000.0));
            console.line(String.format("RATIO ingest / raw _bulk            %8.2f", ingest / raw));
            console.line(String.format("RATIO search p95 api / direct       %8.2f", (double) pct(app, 95) / Math.max(1, pct(direct, 95))));
        }
    }

    /** Documents {@code from} (inclusive) to {@code to}, each drafted and published, fed as the stack's Kafka admin. */
    private void feed(StackEndpoints stack, int from, int to, Random random) throws Exception {
        EventCodec codec = new EventCodec();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(stack.kafkaClient(KafkaPrincipal.ADMIN, Map.of(
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.BATCH_SIZE_CONFIG, 262_144)),
                new StringSerializer(), new ByteArraySerializer())) {
            for (int i = from; i < to; i++) {
                String id = UUID.nameUUIDFromBytes(("bench:" + i).getBytes(StandardCharsets.UTF_8)).toString();
                String title = PHRASES[random.nextInt(PHRASES.length)] + "工作" + (i % 100) + "号通知";
                StringBuilder body = new StringBuilder();
                while (body.length() < 330) {
                    body.append("各部门要围绕").append(PHRASES[random.nextInt(PHRASES.length)]).append("，进一步").append(PHRASES[random.nextInt(PHRASES.length)])
                            .append("，提高行政效率。");
                }
                String department = DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
                String channel = CHANNELS[random.nextInt(CHANNELS.length)];
                Instant at = Instant.parse("2024-01-01T00:00:00Z").plusSeconds(random.nextInt(3 * 365 * 24 * 3600));
                String drafted = send(producer, codec, id, 0, ChainLink.GENESIS, new DocumentDrafted(id, department,
                        channel, DocType.NEWS, Classification.PUBLIC, title, body.toString(), "author1", null), at);
                send(producer, codec, id, 1, drafted, new DocumentPublished(id, channel, at), at);
            }
            producer.flush();
        }
    }

    /** Sends one event hash-chained from {@code prevHash}, as the relay would; returns its hash. */
    private static String send(KafkaProducer<String, byte[]> producer, EventCodec codec, String id, long sequence,
                               String prevHash, Object payload, Instant at) {
        EventEnvelope envelope = ChainLink.chained(new EventEnvelope(EventEnvelope.CURRENT_VERSION, id + "/" + sequence,
                -1, "Document", id, sequence, payload.getClass().getSimpleName(), "2", at,
                Map.of("actor", "author1", "role", "AUTHOR", "department", "info-center"), codec.toTree(payload)), prevHash);
        producer.send(new ProducerRecord<>("egov.events", id, codec.encode(envelope)));
        return envelope.metadata(EventMetadata.HASH);
    }

    /**
     * Raw _bulk of exactly what the projection wrote, into a fresh index of the same template. The documents
     * are read out first into request files of 2,000 each (100k documents do not fit the launcher's heap),
     * then only the sending is timed.
     */
    private double rawBulk(String es, int documents) throws Exception {
        send(HttpRequest.newBuilder(URI.create(es + "/public-documents-rawbench")).PUT(HttpRequest.BodyPublishers.noBody()));
        Path dir = Files.createTempDirectory("egov-rawbulk");
        List<Path> requests = new ArrayList<>();
        int count = 0;
        try {
            StringBuilder bulk = new StringBuilder();
            String after = null;
            while (true) {
                String body = "{\"size\":2000,\"sort\":[{\"id\":\"asc\"}]" + (after == null ? "" : ",\"search_after\":[\"" + after + "\"]") + "}";
                JsonNode hits = JSON.readTree(post(es + "/public-documents/_search", body)).path("hits").path("hits");
                if (hits.isEmpty()) {
                    break;
                }
                for (JsonNode hit : hits) {
                    bulk.append("{\"index\":{\"_id\":\"").append(hit.get("_id").asText()).append("\"}}\n").append(hit.get("_source")).append('\n');
                    after = hit.get("_id").asText();
                    count++;
                }
                Path request = dir.resolve("bulk-" + requests.size() + ".ndjson");
                Files.writeString(request, bulk, StandardCharsets.UTF_8);
                requests.add(request);
                bulk.setLength(0);
            }
            long start = System.nanoTime();
            for (Path request : requests) {
                String answer = send(HttpRequest.newBuilder(URI.create(es + "/public-documents-rawbench/_bulk"))
                        .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofFile(request)));
                if (answer.contains("\"errors\":true")) {
                    throw new IllegalStateException("raw bulk failed: " + answer.substring(0, Math.min(400, answer.length())));
                }
            }
            send(HttpRequest.newBuilder(URI.create(es + "/public-documents-rawbench/_refresh")).POST(HttpRequest.BodyPublishers.noBody()));
            double rate = count / ((System.nanoTime() - start) / 1e9);
            send(HttpRequest.newBuilder(URI.create(es + "/public-documents-rawbench")).DELETE());
            return rate;
        } finally {
            for (Path request : requests) {
                Files.deleteIfExists(request);
            }
            Files.deleteIfExists(dir);
        }
    }

    /** For each phrase, the very request {@code /api/search} sends to Elasticsearch (from {@code /api/admin/search/request}). */
    private Map<String, String> appRequests(Settings settings) throws Exception {
        Map<String, String> requests = new HashMap<>();
        for (String phrase : PHRASES) {
            JsonNode answer = JSON.readTree(send(HttpRequest.newBuilder(URI.create(settings.queryUrl() + "/api/admin/search/request?q="
                    + URLEncoder.encode(phrase, StandardCharsets.UTF_8))).header("Authorization", settings.demoAuthorization("admin1")).GET()));
            requests.put(phrase, answer.get("body").toString());
        }
        return requests;
    }

    private interface Query {
        void run(String q) throws Exception;
    }

    private List<Long> measure(Query query) throws Exception {
        // the same 16 clients for a while first: a fresh JVM on few cores compiles for a long time
        long warmEnd = System.currentTimeMillis() + WARMUP_MS;
        run(c -> {
            for (int i = c; System.currentTimeMillis() < warmEnd; i++) {
                query.run(PHRASES[i % PHRASES.length]);
            }
        });
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        run(c -> {
            for (int i = 0; i < QUERIES_PER_CLIENT; i++) {
                long start = System.nanoTime();
                query.run(PHRASES[(c + i) % PHRASES.length]);
                times.add((System.nanoTime() - start) / 1_000_000);
            }
        });
        return times;
    }

    private interface Client {
        void run(int number) throws Exception;
    }

    /** Runs {@code CLIENTS} clients side by side until each is done. */
    private void run(Client client) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int number = c;
            clients.add(pool.submit(() -> {
                client.run(number);
                return null;
            }));
        }
        for (Future<?> f : clients) {
            f.get();
        }
        pool.shutdown();
    }

    private long rebuild(Settings settings) throws Exception {
        String credentials = settings.demoAuthorization("admin1");
        long start = System.nanoTime();
        send(HttpRequest.newBuilder(URI.create(settings.queryUrl() + "/api/admin/rebuild")).header("Authorization", credentials)
                .POST(HttpRequest.BodyPublishers.noBody()));
        while (true) {
            JsonNode state = JSON.readTree(send(HttpRequest.newBuilder(URI.create(settings.queryUrl() + "/api/admin/rebuild"))
                    .header("Authorization", credentials).GET()));
            if (state.path("phase").asText().equals("DONE")) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            if (state.path("phase").asText().equals("FAILED")) {
                throw new IllegalStateException("rebuild failed: " + state.path("error").asText());
            }
            Thread.sleep(200);
        }
    }

    private void awaitCount(String es, String index, long expected) throws Exception {
        while (true) {
            String count = send(HttpRequest.newBuilder(URI.create(es + "/" + index + "/_count")).GET());
            if (JSON.readTree(count).path("count").asLong() >= expected) {
                return;
            }
            Thread.sleep(100);
        }
    }

    private void get(String url) throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private String post(String url, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private String send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static long pct(List<Long> values, int p) {
        return StatsBenchmark.percentile(values, p);
    }
}
