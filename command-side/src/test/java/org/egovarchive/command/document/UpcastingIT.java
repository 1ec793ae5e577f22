package org.egovarchive.command.document;

import org.egovarchive.command.support.Api;
import org.egovarchive.command.support.CommandSideIT;
import org.egovarchive.infra.stack.StackEndpoints;
import org.egovarchive.infra.stack.junit.LocalStackExtension;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A revision-1 DocumentDrafted, stored as it was before revision 2 existed, still loads and can be acted on. */
@CommandSideIT
class UpcastingIT {

    @LocalServerPort
    int port;

    @Test
    void anOldStoredDraftStillLoads() throws Exception {
        String id = UUID.randomUUID().toString();
        String payload;
        try (InputStream in = getClass().getResourceAsStream("/upcasting/DocumentDrafted-rev1.json")) {
            payload = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("e4542bd0-4cbc-3a5b-8faa-9f8a3d3f293d", id);
        }
        StackEndpoints stack = LocalStackExtension.endpoints();
        new JdbcTemplate(new DriverManagerDataSource(stack.jdbcUrl(), stack.ownerUser(), stack.ownerPassword())).update(
                "insert into domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier, meta_data, "
                        + "payload, payload_revision, payload_type, time_stamp) values (?, 0, 'Document', ?, ?, ?, '1', ?, ?)",
                id, UUID.randomUUID().toString(), "{\"actor\":\"author1\",\"department\":\"info-center\",\"role\":\"AUTHOR\"}"
                        .getBytes(StandardCharsets.UTF_8), payload.getBytes(StandardCharsets.UTF_8),
                "org.egovarchive.kernel.document.DocumentDrafted", "2025-01-02T03:04:05Z");
        Api api = new Api(port);

        Api.Response document = api.get("/api/documents/" + id, "author1");

        assertThat(document.status()).as(document.body()).isEqualTo(200);
        assertThat(document.json().get("title").asText()).isEqualTo("电子政务应用动员会发言");
        assertThat(document.json().path("number").isMissingNode()).as("no number").isTrue();
        assertThat(api.put("/api/documents/" + id, "author1", "{\"title\": \"t\", \"body\": \"b\", \"expectedVersion\": 0}").status())
                .isEqualTo(200);
    }
}
