package org.egovarchive.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackEndpointsTest {

    private final StackEndpoints endpoints = new StackEndpoints("jdbc:postgresql://127.0.0.1:15432/egov",
            "egov_owner", "o-secret", "egov_app", "a-secret", "http://127.0.0.1:19200", "9.2.0", "127.0.0.1:19092",
            Map.of(KafkaPrincipal.ADMIN, "k-admin", KafkaPrincipal.COMMAND_SIDE, "k-command", KafkaPrincipal.QUERY_SIDE, "k-query"));

    @Test
    void the_application_connects_as_the_app_role_and_never_gets_the_owners_password() {
        assertThat(endpoints.springProperties())
                .containsEntry("spring.datasource.url", "jdbc:postgresql://127.0.0.1:15432/egov")
                .containsEntry("spring.datasource.username", "egov_app")
                .containsEntry("spring.datasource.password", "a-secret")
                .containsEntry("spring.elasticsearch.uris", "http://127.0.0.1:19200")
                .containsEntry("spring.kafka.bootstrap-servers", "127.0.0.1:19092")
                .containsEntry("spring.kafka.security.protocol", "SASL_PLAINTEXT")
                .containsEntry("spring.kafka.properties.sasl.mechanism", "SCRAM-SHA-256")
                .hasSize(7)
                .doesNotContainValue("o-secret");
    }

    @Test
    void each_application_is_its_own_kafka_principal() {
        assertThat(endpoints.springProperties(KafkaPrincipal.COMMAND_SIDE).get("spring.kafka.properties.sasl.jaas.config"))
                .isEqualTo("org.apache.kafka.common.security.scram.ScramLoginModule required username=\"egov-command\" "
                        + "password=\"k-command\";");
        assertThat(endpoints.springProperties(KafkaPrincipal.QUERY_SIDE).values()).noneMatch(v -> v.contains("k-command"))
                .anyMatch(v -> v.contains("username=\"egov-query\""));
        assertThat(endpoints.kafkaClient(KafkaPrincipal.ADMIN)).containsEntry("sasl.mechanism", "PLAIN")
                .containsEntry("bootstrap.servers", "127.0.0.1:19092");
    }

    @Test
    void the_migration_step_runs_as_the_owner_and_grants_to_the_app_role() {
        assertThat(endpoints.migrationEnvironment())
                .containsEntry("SPRING_FLYWAY_URL", "jdbc:postgresql://127.0.0.1:15432/egov")
                .containsEntry("SPRING_FLYWAY_USER", "egov_owner")
                .containsEntry("SPRING_FLYWAY_PASSWORD", "o-secret")
                .containsEntry("SPRING_DATASOURCE_USERNAME", "egov_app")
                .hasSize(4);
    }

    @Test
    void round_trips_through_a_file_only_its_owner_can_read(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run/endpoints.properties");

        endpoints.writeTo(file);

        assertThat(StackEndpoints.readFrom(file)).isEqualTo(endpoints);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void persistent_secrets_are_generated_once_and_kept_private(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("secrets.properties");

        Secrets first = Secrets.loadOrCreate(file);

        assertThat(Secrets.loadOrCreate(file)).isEqualTo(first);
        assertThat(first.owner()).isNotEqualTo(first.app()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(first.kafkaCommand()).isNotEqualTo(first.kafkaQuery()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
}
