package org.egovarchive.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.egovarchive.infra.stack.junit.LocalStackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The three servers of a throwaway stack, used the way the applications use them. */
@ExtendWith(LocalStackExtension.class)
class LocalStackIT {

    private final StackEndpoints endpoints = LocalStackExtension.endpoints();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_application_role_connects_to_database_egov() throws SQLException {
        try (Connection c = DriverManager.getConnection(endpoints.jdbcUrl(), endpoints.appUser(),
                endpoints.appPassword()); ResultSet rs = c.createStatement().executeQuery("select 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void only_the_owner_role_creates_tables() throws SQLException {
        try (Connection owner = DriverManager.getConnection(endpoints.jdbcUrl(), endpoints.ownerUser(),
                endpoints.ownerPassword())) {
            owner.createStatement().execute("create table owned_by_migrations (id bigint primary key)");
        }
        try (Connection app = DriverManager.getConnection(endpoints.jdbcUrl(), endpoints.appUser(),
                endpoints.appPassword())) {
            assertThatThrownBy(() -> app.createStatement().execute("create table sneaky (id bigint)"))
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void elasticsearch_is_healthy_and_stores_and_finds_a_document() throws Exception {
        HttpResponse<String> health = send("GET", "/_cluster/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).containsAnyOf("\"status\":\"green\"", "\"status\":\"yellow\"");

        assertThat(send("PUT", "/it-round-trip", "{\"settings\":{\"number_of_replicas\":0}}").statusCode())
                .isEqualTo(200);
        assertThat(send("PUT", "/it-round-trip/_doc/1?refresh=true", "{\"title\":\"政府信息公开 open data\"}")
                .statusCode()).isEqualTo(201);

        assertThat(send("GET", "/it-round-trip/_doc/1", null).body()).contains("政府信息公开 open data");
        assertThat(send("GET", "/it-round-trip/_search?q=title:open", null).body())
                .contains("\"total\":{\"value\":1");
    }

    @Test
    void kafka_carries_a_record_from_a_producer_to_a_consumer() throws Exception {
        String topic = "it-round-trip";
        try (Admin admin = Admin.create(endpoints.kafkaClient(KafkaPrincipal.ADMIN))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(KafkaPrincipal.ADMIN))) {
            producer.send(new ProducerRecord<>(topic, "doc-1", "DocumentPublished")).get();
        }
        List<ConsumerRecord<String, String>> received = consume(KafkaPrincipal.ADMIN, topic, "it-round-trip", 1);
        assertThat(received).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo("doc-1");
            assertThat(record.value()).isEqualTo("DocumentPublished");
        });
    }

    @Test
    void kafka_turns_away_a_client_without_credentials() {
        Map<String, Object> anonymous = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.kafkaBootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        Map<String, Object> wrongPassword = endpoints.kafkaClient(KafkaPrincipal.COMMAND_SIDE, Map.of(
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"egov-command\" password=\"guess\";",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000));

        for (Map<String, Object> client : List.of(anonymous, wrongPassword)) {
            try (Admin admin = Admin.create(client)) {
                assertThatThrownBy(() -> admin.listTopics().names().get()).isInstanceOf(ExecutionException.class);
            }
        }
    }

    @Test
    void only_the_command_side_writes_egov_events_and_the_query_side_reads_it() throws Exception {
        try (Admin admin = Admin.create(endpoints.kafkaClient(KafkaPrincipal.ADMIN))) {
            if (!admin.listTopics().names().get().contains("egov.events")) {
                admin.createTopics(List.of(new NewTopic("egov.events", 3, (short) 1))).all().get();
            }
        }
        String key = "acl-" + UUID.randomUUID();

        try (KafkaProducer<String, String> query = new KafkaProducer<>(producerConfig(KafkaPrincipal.QUERY_SIDE))) {
            assertThatThrownBy(() -> query.send(new ProducerRecord<>("egov.events", key, "forged")).get())
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
        try (KafkaProducer<String, String> command = new KafkaProducer<>(producerConfig(KafkaPrincipal.COMMAND_SIDE))) {
            command.send(new ProducerRecord<>("egov.events", key, "DocumentDrafted")).get();
        }

        assertThat(consume(KafkaPrincipal.QUERY_SIDE, "egov.events", "egov-it-" + key, 1))
                .filteredOn(record -> record.key().equals(key)).extracting(ConsumerRecord::value).containsExactly("DocumentDrafted");
    }

    private List<ConsumerRecord<String, String>> consume(KafkaPrincipal principal, String topic, String group, int atLeast) {
        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(endpoints.kafkaClient(principal, Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, group, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class)))) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
                return received.size() >= atLeast;
            });
        }
        return received;
    }

    @Test
    void spring_boot_tests_find_the_stack_in_system_properties() {
        endpoints.springProperties().forEach((key, value) -> assertThat(System.getProperty(key)).isEqualTo(value));
        assertThat(System.getProperty("egov.stack.kafka-jaas.egov-command"))
                .isEqualTo(endpoints.springProperties(KafkaPrincipal.COMMAND_SIDE).get("spring.kafka.properties.sasl.jaas.config"));
        assertThat(System.getProperty("spring.kafka.properties.sasl.jaas.config")).as("no principal for all").isNull();
        assertThat(System.getProperty("axoniq.update-checker.disabled")).isEqualTo("true");
    }

    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoints.elasticsearchUrl() + path))
                .timeout(Duration.ofSeconds(30));
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.method(method, HttpRequest.BodyPublishers.ofString(json))
                    .header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private Map<String, Object> producerConfig(KafkaPrincipal principal) {
        return endpoints.kafkaClient(principal, Map.of(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000, ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000));
    }
}
