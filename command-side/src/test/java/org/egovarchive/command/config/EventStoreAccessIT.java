package org.egovarchive.command.config;

import org.egovarchive.command.support.Api;
import org.egovarchive.command.support.CommandSideIT;
import org.egovarchive.command.support.Documents;
import org.egovarchive.infra.stack.StackEndpoints;
import org.egovarchive.infra.stack.junit.LocalStackExtension;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the running command side may do to its database: it connects as the application role, without
 * the owner's password, may read snapshots but not write them, and trusts none that is there anyway.
 */
@CommandSideIT
class EventStoreAccessIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate appRole;
    @Autowired
    Environment environment;

    @Test
    void theApplicationRunsAsTheAppRoleWithoutTheOwnersPassword() {
        StackEndpoints stack = LocalStackExtension.endpoints();

        assertThat(appRole.queryForObject("select current_user", String.class)).isEqualTo(stack.appUser());
        assertThat(environment.getProperty("spring.flyway.user")).isNull();
        assertThat(environment.getProperty("spring.flyway.password")).isNull();
    }

    @Test
    void theAppRoleReadsSnapshotsButCannotWriteThem() {
        assertThat(appRole.queryForObject("select count(*) from snapshot_event_entry", Long.class)).isNotNull();

        assertThatThrownBy(() -> plantSnapshot(appRole, UUID.randomUUID().toString()))
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> appRole.update("delete from snapshot_event_entry"))
                .rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void aSnapshotPutIntoTheStoreIsNotTrusted() {
        Api api = new Api(port);
        String id = new Documents(api).draft("快照不可信", "正文");
        StackEndpoints stack = LocalStackExtension.endpoints();

        plantSnapshot(new JdbcTemplate(new DriverManagerDataSource(stack.jdbcUrl(), stack.ownerUser(), stack.ownerPassword())), id);

        assertThat(api.get("/api/documents/" + id, "author1").json().get("title").asText()).isEqualTo("快照不可信");
        Api.Response edited = api.put("/api/documents/" + id, "author1", "{\"title\": \"改\", \"body\": \"b\", \"expectedVersion\": 0}");
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
    }

    /** An empty Document standing in for the aggregate at its first event, as Axon stores snapshots. */
    private static void plantSnapshot(JdbcTemplate jdbc, String id) {
        jdbc.update("insert into snapshot_event_entry (aggregate_identifier, sequence_number, type, event_identifier, "
                        + "meta_data, payload, payload_revision, payload_type, time_stamp) values (?, 0, 'Document', ?, ?, ?, null, ?, ?)",
                id, UUID.randomUUID().toString(), "{}".getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8),
                "org.egovarchive.command.document.Document", "2025-01-02T03:04:05Z");
    }
}
