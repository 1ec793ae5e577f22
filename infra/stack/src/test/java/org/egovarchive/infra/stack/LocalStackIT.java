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
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
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
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                endpoints.kafkaBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
            producer.send(new ProducerRecord<>(topic, "doc-1", "DocumentPublished")).get();
        }
        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
                return !received.isEmpty();
            });
        }
        assertThat(received).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo("doc-1");
            assertThat(record.value()).isEqualTo("DocumentPublished");
        });
    }

    @Test
    void spring_boot_tests_find_the_stack_in_system_properties() {
        endpoints.springProperties().forEach((key, value) -> assertThat(System.getProperty(key)).isEqualTo(value));
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

    private Properties producerConfig() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.kafkaBootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        return p;
    }

    private Properties consumerConfig() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.kafkaBootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "it-round-trip");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return p;
    }
}
