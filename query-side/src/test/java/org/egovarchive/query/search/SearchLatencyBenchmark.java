package org.egovarchive.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.JsonpUtils;
import org.egovarchive.kernel.document.DocType;
import org.egovarchive.query.elastic.ReadModel;
import org.egovarchive.query.search.Publisher.Doc;
import org.egovarchive.query.support.QuerySideIT;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.egovarchive.query.search.Publisher.q;

/**
 * Measures, on a few hundred generated documents, what the query side adds to Elasticsearch: one
 * client, one query at a time, {@code /api/search} against {@link SearchService} called in process,
 * the same request sent straight to the index, and a static file (what HTTP alone costs here); and
 * type-ahead. Prints the figures and asserts only that every answer is right: a benchmark, not a timed
 * test, so not part of {@code ./egov test}; run it with {@code ./egov bench latency}.
 */
@QuerySideIT
class SearchLatencyBenchmark {

    private static final int DOCUMENTS = 300;
    private static final int ROUNDS = 100;
    private static final List<String> WORDS = List.of("电子政务", "社会保险", "住房公积金", "信息公开", "交通规划", "教育改革",
            "营商环境", "政务服务", "城市更新", "生态环境", "安全生产", "乡村振兴", "数字经济", "医疗保障", "就业创业", "养老服务");
    private static final List<String> QUERIES = List.of("电子政务", "社保", "dianzi zhengwu", "住房 公积金", "城市更新工作", "营商环境 政务服务");

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;
    @Autowired
    ElasticsearchClient elastic;
    @Autowired
    RestClient rest;
    @Autowired
    JsonpMapper mapper;
    @Autowired
    Synonyms synonyms;
    @Autowired
    SearchService service;

    @Test
    void theApiAddsLittleToElasticsearch() throws Exception {
        String channel = "测速" + UUID.randomUUID().toString().substring(0, 6);
        try (Publisher site = new Publisher(kafka, port)) {
            Random random = new Random(7);
            for (int i = 0; i < DOCUMENTS; i++) {
                site.publish(new Doc(pick(random) + pick(random) + "工作通知" + i, body(random), "info-center", channel,
                        DocType.NOTICE, Instant.parse("2024-01-01T00:00:00Z").plusSeconds(3600L * i)));
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> site.search("channel=" + channel + "&size=1").get("total").asLong() == DOCUMENTS);

            for (String query : QUERIES) {
                SearchQuery parsed = SearchParams.parse(Map.of("q", query, "channel", channel), new SearchLimits(50, 1000));
                String body = JsonpUtils.toJsonString(SearchService.request(parsed, QueryText.of(query, synonyms), List.of()), mapper);
                String path = "/api/search?" + q(query) + "&channel=" + channel;
                List<List<Long>> times = measure(() -> ok(site.get(path, null)), () -> direct(body),
                        () -> service.search(parsed).hits().size(), () -> ok(site.get("/css/site.css", null)));
                List<Long> api = times.get(0);
                System.out.printf("latency %-12s api p50 %5.1f p95 %5.1f | service p50 %5.1f p95 %5.1f"
                                + " | direct ES p50 %5.1f p95 %5.1f | static file p50 %5.1f p95 %5.1f ms%n",
                        query, ms(api, 50), ms(api, 95), ms(times.get(2), 50), ms(times.get(2), 95),
                        ms(times.get(1), 50), ms(times.get(1), 95), ms(times.get(3), 50), ms(times.get(3), 95));
            }
            for (String prefix : List.of("电子", "shehui", "zfgjj", "城市更")) {
                List<Long> api = measure(() -> ok(site.get("/api/search/suggest?" + q(prefix), null))).get(0);
                System.out.printf("latency type-ahead %-10s p50 %5.1f ms p95 %5.1f ms%n", prefix, ms(api, 50), ms(api, 95));
            }
        }
    }

    private static String pick(Random random) {
        return WORDS.get(random.nextInt(WORDS.size()));
    }

    private static String body(Random random) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            body.append("各部门要围绕").append(pick(random)).append("和").append(pick(random)).append("，做好相关工作。");
        }
        return body.toString();
    }

    private int direct(String body) {
        Request request = new Request("POST", "/" + ReadModel.PUBLIC_DOCUMENTS.alias() + "/_search");
        request.setJsonEntity(body);
        try {
            return rest.performRequest(request).getStatusLine().getStatusCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return response.statusCode();
    }

    /** Times each call {@value #ROUNDS} times, the calls taking turns so a busy machine slows them alike. */
    @SafeVarargs
    private static List<List<Long>> measure(Supplier<Integer>... calls) {
        List<List<Long>> nanos = new ArrayList<>();
        for (Supplier<Integer> call : calls) {
            nanos.add(new ArrayList<>());
            for (int i = 0; i < 20; i++) {
                call.get();
            }
        }
        for (int round = 0; round < ROUNDS; round++) {
            for (int c = 0; c < calls.length; c++) {
                long start = System.nanoTime();
                calls[c].get();
                nanos.get(c).add(System.nanoTime() - start);
            }
        }
        nanos.forEach(Collections::sort);
        return nanos;
    }

    private static double ms(List<Long> sorted, int percentile) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percentile / 100)) / 1e6;
    }
}
