package org.egovarchive.command.message;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.egovarchive.command.support.Api;
import org.egovarchive.command.support.CommandSideIT;
import org.egovarchive.infra.stack.KafkaPrincipal;
import org.egovarchive.infra.stack.junit.LocalStackExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The letters API as citizens and staff use it, against the real PostgreSQL and Kafka. */
@CommandSideIT
@ExtendWith(OutputCaptureExtension.class)
class LettersApiIT {

    private static final String PHONE = "13912345678";
    private static final String NAME = "赵六隐私";

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

    private static String letter(String title, String body, String phone, String email) {
        return """
                {"box": "MESSAGE_BOARD", "kind": "CONSULTATION", "title": %s, "body": %s, "contactName": "%s",
                 "contactPhone": %s, "contactEmail": %s, "publicReply": true}""".formatted(quote(title), quote(body), NAME,
                phone == null ? "null" : quote(phone), email == null ? "null" : quote(email));
    }

    private static String quote(String text) {
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(text).toString();
    }

    @Test
    void aCitizensLetterIsFollowedAnsweredAndRatedWithoutTheirContactEverShowing(CapturedOutput output) {
        Api.Response submitted = api.postJson("/api/public/messages", null, letter("加装电梯咨询", "请问有补贴吗？", PHONE, null));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String id = submitted.json().get("id").asText();
        String code = submitted.json().get("trackingCode").asText();
        assertThat(code).matches("[0-9A-Z]{5}(-[0-9A-Z]{5}){3}");
        assertThat(submitted.json().get("dueDate").asText()).matches("\\d{4}-\\d{2}-\\d{2}");

        assertThat(api.postJson("/api/messages/" + id + "/forward", "handler1", "{\"toDepartment\": \"info-center\", \"reason\": \"x\"}").status())
                .as("a forward to the department holding it").isEqualTo(409);
        assertThat(api.postJson("/api/messages/" + id + "/forward", "handler2", "{\"toDepartment\": \"education\", \"reason\": \"x\"}").status())
                .as("another department").isEqualTo(403);
        assertThat(api.postJson("/api/messages/" + id + "/forward", "handler1", "{\"toDepartment\": \"housing\", \"reason\": \"属住建局职责\"}").status())
                .isEqualTo(200);
        assertThat(api.postJson("/api/messages/" + id + "/explain", "handler2", "{\"explanation\": \"需调查\", \"extendWorkingDays\": 11}").status())
                .as("beyond 15 working days in all").isEqualTo(422);
        JsonNode explained = api.postJson("/api/messages/" + id + "/explain", "handler2",
                "{\"explanation\": \"需调查\", \"extendWorkingDays\": 3}").json();
        assertThat(explained.get("dueDate").asText()).isGreaterThan(submitted.json().get("dueDate").asText());
        assertThat(api.postJson("/api/messages/" + id + "/reply", "handler2", "{\"body\": \"可以申请补贴。\", \"public\": true}").status())
                .isEqualTo(200);
        assertThat(api.postJson("/api/messages/" + id + "/close", "handler2", "{}").status()).isEqualTo(200);
        assertThat(api.postJson("/api/messages/" + id + "/reply", "handler2", "{\"body\": \"再答\", \"publicReply\": true}").status())
                .as("a reply to a closed letter").isEqualTo(409);

        Api.Response tracked = api.get("/api/public/messages/" + code.toLowerCase(), null);
        assertThat(tracked.status()).isEqualTo(200);
        assertThat(tracked.json().get("reply").asText()).isEqualTo("可以申请补贴。");
        assertThat(tracked.body()).doesNotContain(PHONE).doesNotContain(NAME).doesNotContain("需调查").doesNotContain("住建局职责");
        assertThat(api.postJson("/api/public/messages/" + code + "/rating", null, "{\"score\": 5}").status()).isEqualTo(200);
        assertThat(api.postJson("/api/public/messages/" + code + "/rating", null, "{\"score\": 1}").status()).isEqualTo(409);
        assertThat(api.get("/api/public/messages/" + "A".repeat(20), null).status()).isEqualTo(404);

        assertThat(api.get("/api/messages/" + id, "handler2").body()).contains(PHONE);
        assertThat(api.get("/api/messages/" + id, "auditor1").body()).doesNotContain(PHONE).contains("赵***");
        assertThat(api.get("/api/messages/" + id, "handler1").status()).as("no longer holding it").isEqualTo(403);

        assertThat(eventsOnKafka(id)).hasSizeGreaterThanOrEqualTo(7).allSatisfy(event -> assertThat(event)
                .doesNotContain(PHONE).doesNotContain(NAME));
        assertThat(jdbc.queryForList("select convert_from(payload, 'UTF8') || convert_from(meta_data, 'UTF8') from "
                + "domain_event_entry where aggregate_identifier = ?", String.class, id))
                .allSatisfy(row -> assertThat(row).doesNotContain(PHONE).doesNotContain(NAME));
        assertThat(output.getAll()).doesNotContain(PHONE).doesNotContain(NAME);
    }

    @Test
    void hostileInputIsRefusedNamingTheFieldAndWritesNothing() {
        long before = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);

        assertField(api.postJson("/api/public/messages", null, letter("t", "b", null, null)), "contactPhone");
        assertField(api.postJson("/api/public/messages", null, letter("t", "<script>alert(1)</script>", PHONE, null)), "body");
        assertField(api.postJson("/api/public/messages", null, letter("字".repeat(101), "b", PHONE, null)), "title");
        assertField(api.postJson("/api/public/messages", null, letter("t", "b", null, "not-an-email")), "contactEmail");
        assertField(api.postJson("/api/public/messages", null, letter("t", "b", "12ab", null)), "contactPhone");
        assertField(api.postJson("/api/public/messages", null, letter("t", "b", PHONE, null).replace("MESSAGE_BOARD", "INBOX")), "box");
        assertField(api.postJson("/api/messages/" + UUID.randomUUID() + "/reply", "handler1", "{\"body\": \"答复\"}"), "public");

        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class)).isEqualTo(before);
    }

    @Test
    void theLeaderQueueOnTheCommandSideRedirectsToTheQuerySide() throws Exception {
        HttpResponse<Void> answer = HttpClient.newHttpClient().send(api.authorized(
                HttpRequest.newBuilder(URI.create(api.url("/api/leader/queue?page=2"))).GET(), "leader1").build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(answer.statusCode()).isEqualTo(308);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/api/leader/queue?page=2").doesNotContain(":" + port + "/"));
    }

    private static void assertField(Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors")).anySatisfy(e -> assertThat(e.get("field").asText()).isEqualTo(field));
    }

    private List<String> eventsOnKafka(String id) {
        List<String> events = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(LocalStackExtension.endpoints().kafkaClient(KafkaPrincipal.ADMIN, Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("egov.events"));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (id.equals(r.key())) {
                        events.add(new String(r.value(), StandardCharsets.UTF_8));
                    }
                });
                return events.size() >= 7;
            });
        }
        return events;
    }
}
