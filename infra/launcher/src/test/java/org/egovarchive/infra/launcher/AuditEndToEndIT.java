package org.egovarchive.infra.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.egovarchive.infra.stack.junit.LocalStackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.egovarchive.infra.launcher.Workflow.*;

/**
 * An audit read travels like any act: an auditor's look at a document on the command side becomes a
 * {@code RecordAccessed} event, reaches the query side over Kafka, and is found by the audit search —
 * which in turn records that search.
 */
@ExtendWith({LocalStackExtension.class, RunningApps.class})
class AuditEndToEndIT {

    @Test
    void anAuditorsReadOfADocumentIsFoundByTheAuditSearchAndSoIsThatSearch() {
        String id = publishedDocument("审计端到端 " + UUID.randomUUID(), "正文。");

        expect(200, Http.get(command("/api/audit/document/" + id + "/history"), "auditor1"));

        JsonNode reads = awaitTotal("/api/audit/events?subject=" + id, 1);
        assertThat(reads.at("/hits/0/type").asText()).isEqualTo("RecordAccessed");
        assertThat(reads.at("/hits/0/actor").asText()).isEqualTo("auditor1");
        assertThat(reads.at("/hits/0/role").asText()).isEqualTo("AUDITOR");
        assertThat(reads.at("/hits/0/view").asText()).isEqualTo("HISTORY");
        JsonNode acts = awaitTotal("/api/audit/events?aggregate=" + id, 5);
        assertThat(acts.get("hits")).anySatisfy(e -> assertThat(e.get("actor").asText() + " " + e.get("type").asText())
                .isEqualTo("keeper1 DocumentSealed"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                Http.get(query("/api/audit/reads?actor=auditor1&size=100"), "auditor1").body()).contains("subject=" + id));
    }

    private static JsonNode awaitTotal(String path, long total) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> Http.get(query(path), "auditor1").json().path("total").asLong() == total);
        return Http.get(query(path), "auditor1").json();
    }
}
