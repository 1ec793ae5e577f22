package org.egovarchive.query.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.egovarchive.infra.stack.KafkaPrincipal;
import org.egovarchive.infra.stack.junit.LocalStackExtension;
import org.egovarchive.kernel.document.Classification;
import org.egovarchive.kernel.document.DocType;
import org.egovarchive.kernel.document.DocumentDrafted;
import org.egovarchive.kernel.document.DocumentPublished;
import org.egovarchive.query.projection.KafkaDeadLetters;
import org.egovarchive.query.support.EventFeed;
import org.egovarchive.query.support.QuerySideIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuerySideIT
class SearchIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    private EventFeed feed;

    @BeforeEach
    void setUp() {
        feed = new EventFeed(kafka);
    }

    @AfterEach
    void tearDown() {
        feed.close();
    }

    @Test
    void aPublishedDocumentIsFoundInEitherScriptAndHighlightedInItsOwn() {
        String id = publish("電子政務應用動員會發言 " + UUID.randomUUID(), "各部門要推進電子政務(wù)建設。", Classification.PUBLIC);

        JsonNode simplified = awaitHit("电子政务", id);
        JsonNode traditional = awaitHit("電子政務", id);

        assertThat(simplified.get("snippet").asText()).contains("<em>電子政務</em>");
        assertThat(traditional.get("snippet").asText()).contains("<em>電子政務</em>");
        assertThat(simplified.get("department").asText()).isEqualTo("info-center");
        assertThat(simplified.get("url").asText()).isEqualTo("/documents/" + id);
    }

    @Test
    void theSearchPageShowsTheHit() throws Exception {
        String id = publish("城市交通规划 " + UUID.randomUUID(), "关于轨道交通的规划说明", Classification.PUBLIC);
        awaitHit("轨道交通", id);

        HttpResponse<String> page = get("/search?q=" + URLEncoder.encode("轨道交通", StandardCharsets.UTF_8));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("城市交通规划").contains("<em>轨道交通</em>").contains("市信息中心");
    }

    @Test
    void aRepeatedDeliveryLeavesOneHit() {
        String marker = "重复投递" + UUID.randomUUID().toString().substring(0, 8);
        String id = publish(marker, "正文", Classification.PUBLIC);
        awaitHit(marker, id);

        feed.send(feed.envelope("Document", id, 1, new DocumentPublished(id, "政务动态", Instant.now())));
        String later = publish(marker + "之后", "正文", Classification.PUBLIC);
        awaitHit(marker + "之后", later);

        assertThat(search(marker).get("hits")).extracting(h -> h.get("id").asText()).containsOnlyOnce(id);
    }

    @Test
    void anUnreadableEventIsDeadLetteredAndTheStreamGoesOn() {
        String key = "garbage-" + UUID.randomUUID();
        feed.sendRaw(key, "{this is not an envelope".getBytes(StandardCharsets.UTF_8));
        String id = publish("死信之后 " + UUID.randomUUID(), "正文", Classification.PUBLIC);

        awaitHit("死信之后", id);
        List<String> reasons = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(LocalStackExtension.endpoints().kafkaClient(KafkaPrincipal.ADMIN, Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("egov.events.dlq"));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.equals(r.key())) {
                        reasons.add(new String(r.headers().lastHeader(KafkaDeadLetters.REASON_HEADER).value(), StandardCharsets.UTF_8));
                    }
                });
                return !reasons.isEmpty();
            });
        }
        assertThat(reasons.get(0)).contains("not an event envelope");
    }

    @Test
    void badParametersAreNamedProblemsNotServerErrors() throws Exception {
        HttpResponse<String> deep = get("/api/search?q=x&page=1000&size=50");
        HttpResponse<String> syntax = get("/api/search?q=" + URLEncoder.encode("\"电子*政务 AND (OR\\", StandardCharsets.UTF_8));

        assertThat(deep.statusCode()).isEqualTo(400);
        assertThat(deep.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(JSON.readTree(deep.body()).get("errors").get(0).get("field").asText()).isEqualTo("page");
        assertThat(syntax.statusCode()).isEqualTo(200);
    }

    private String publish(String title, String body, Classification classification) {
        String id = UUID.randomUUID().toString();
        feed.send(feed.envelope("Document", id, 0, new DocumentDrafted(id, "info-center", "政务动态", DocType.SPEECH,
                classification, title, body, "author1", null)));
        feed.send(feed.envelope("Document", id, 1, new DocumentPublished(id, "政务动态",
                Instant.parse("2022-06-08T01:46:00Z"))));
        return id;
    }

    private JsonNode awaitHit(String q, String id) {
        List<JsonNode> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (JsonNode hit : search(q).get("hits")) {
                if (hit.get("id").asText().equals(id)) {
                    found.add(hit);
                    return true;
                }
            }
            return false;
        });
        return found.get(0);
    }

    private JsonNode search(String q) {
        try {
            HttpResponse<String> response = get("/api/search?size=50&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            assertThat(response.statusCode()).isEqualTo(200);
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> get(String path) throws IOException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
