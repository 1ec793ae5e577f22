package org.egovarchive.command.document;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.egovarchive.command.support.Api;
import org.egovarchive.command.support.CommandSideIT;
import org.egovarchive.command.support.Documents;
import org.egovarchive.infra.stack.KafkaPrincipal;
import org.egovarchive.infra.stack.junit.LocalStackExtension;
import org.egovarchive.kernel.event.EventCodec;
import org.egovarchive.kernel.event.EventEnvelope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@CommandSideIT
class DocumentApiIT {

    private static final String DRAFT = """
            {"title": "电子政务应用动员会发言", "body": "電子政務建設", "channel": "政务动态",
             "docType": "SPEECH", "classification": "PUBLIC"}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void everyActOfADocumentReachesKafkaInOrderWithItsActorAndHashes() {
        String id = new Documents(api).inState("PUBLISHED");

        List<EventEnvelope> envelopes = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            consumer.subscribe(List.of("egov.events"));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (id.equals(r.key())) {
                        envelopes.add(new EventCodec().decode(r.value()));
                    }
                });
                return envelopes.size() >= 5;
            });
        }
        assertThat(envelopes).extracting(EventEnvelope::type).containsExactly("DocumentDrafted", "DocumentSubmitted",
                "DocumentApproved", "DocumentSealed", "DocumentPublished");
        assertThat(envelopes).extracting(EventEnvelope::sequence).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(envelopes.get(0).metadata()).containsEntry("actor", "author1").containsEntry("department", "info-center")
                .containsEntry("role", "AUTHOR").containsKey("correlationId").containsEntry("prevHash", "0".repeat(64));
        assertThat(envelopes.get(2).metadata()).containsEntry("actor", "approver1").containsEntry("role", "APPROVER");
        assertThat(envelopes.get(1).metadata().get("prevHash")).isEqualTo(envelopes.get(0).metadata().get("hash"));
        assertThat(envelopes.get(0).position()).isLessThan(envelopes.get(4).position());
        assertThat(envelopes.get(0).revision()).isEqualTo("2");
    }

    @Test
    void theStateOfADocumentIsReadable() {
        String id = new Documents(api).inState("SEALED");

        JsonNode document = api.get("/api/documents/" + id, "approver1").json();

        assertThat(document.get("state").asText()).isEqualTo("SEALED");
        assertThat(document.get("version").asLong()).isEqualTo(3);
        assertThat(document.get("historyLength").asLong()).isEqualTo(4);
        assertThat(document.get("seal").get("keeper").asText()).isEqualTo("keeper1");
        assertThat(document.get("seal").get("algorithm").asText()).isEqualTo("SM2");
    }

    @Test
    void anotherDepartmentCannotPublish() {
        String id = api.postJson("/api/documents", "author1", DRAFT).json().get("id").asText();

        Api.Response refused = api.postJson("/api/documents/" + id + "/publish", "author2", "{}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void publishingAnUnknownDocumentIsNotFound() {
        assertThat(api.postJson("/api/documents/" + UUID.randomUUID() + "/publish", "author1", "{}").status())
                .isEqualTo(404);
    }

    @Test
    void withoutCredentialsNothingIsWritten() {
        long before = events();

        Api.Response response = api.postJson("/api/documents", null, DRAFT);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsA400ProblemAndWritesNothing() {
        long before = events();

        Api.Response response = api.postJson("/api/documents", "author1", "{\"title\": ");

        assertProblem(response, 400);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aMissingTitleIsNamed() {
        long before = events();

        Api.Response response = api.postJson("/api/documents", "author1", DRAFT.replace("\"title\": \"电子政务应用动员会发言\",", ""));

        assertProblem(response, 400);
        assertThat(response.json().get("errors")).anySatisfy(e -> assertThat(e.get("field").asText()).isEqualTo("title"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void anUnknownClassificationIsNamed() {
        Api.Response response = api.postJson("/api/documents", "author1", DRAFT.replace("PUBLIC", "WHISPERED"));

        assertProblem(response, 400);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("classification");
    }

    @Test
    void aBodyOverTheLimitIsA413AndWritesNothing() {
        long before = events();
        String huge = DRAFT.replace("電子政務建設", "字".repeat(70_000));

        assertProblem(api.postJson("/api/documents", "author1", huge), 413);
        // without Content-Length (chunked), the limit is enforced while reading
        HttpRequest.Builder chunked = HttpRequest.newBuilder(URI.create(api.url("/api/documents")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        huge.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertProblem(api.send(api.authorized(chunked, "author1")), 413);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void theWrongMediaTypeIsA415AndWritesNothing() {
        long before = events();

        assertProblem(api.post("/api/documents", "author1", "text/plain", DRAFT), 415);
        assertThat(events()).isEqualTo(before);
    }

    private void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private KafkaConsumer<String, byte[]> consumer() {
        return new KafkaConsumer<>(LocalStackExtension.endpoints().kafkaClient(KafkaPrincipal.ADMIN, Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")),
                new StringDeserializer(), new ByteArrayDeserializer());
    }
}
