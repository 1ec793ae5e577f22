package org.egovarchive.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.egovarchive.kernel.audit.AuditView;
import org.egovarchive.kernel.audit.RecordAccessed;
import org.egovarchive.kernel.document.Classification;
import org.egovarchive.kernel.document.DocType;
import org.egovarchive.kernel.document.DocumentDrafted;
import org.egovarchive.kernel.document.DocumentSealed;
import org.egovarchive.kernel.event.EventCodec;
import org.egovarchive.kernel.event.EventEnvelope;
import org.egovarchive.query.support.EventFeed;
import org.egovarchive.query.support.QuerySideIT;
import org.egovarchive.query.support.StaffHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The audit search against the real Kafka and Elasticsearch: events in, filters, the record of each search, pages. */
@QuerySideIT
class AuditSearchIT {

    private static final AtomicLong POSITION = new AtomicLong(5_000_000);
    private static final String TITLE = "审计索引不收标题";

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    private final EventCodec codec = new EventCodec();
    private StaffHttp http;

    @BeforeEach
    void setUp() {
        http = new StaffHttp(port);
    }

    @Test
    void everyEventIsFoundByActorDepartmentTypeRecordAndTimeWithoutItsText() {
        String id = feedSealedDocumentAndAReadOfIt();

        JsonNode all = awaitTotal("/api/audit/events?aggregate=" + id, 2);
        JsonNode sealed = ok(http.api("/api/audit/events?aggregate=" + id + "&actor=keeper1", "auditor1"));
        JsonNode byType = ok(http.api("/api/audit/events?aggregate=" + id + "&type=DocumentSealed&department=info-center", "admin1"));
        JsonNode reads = awaitTotal("/api/audit/events?subject=" + id, 1);
        JsonNode inJune = ok(http.api("/api/audit/events?aggregate=" + id + "&from=2026-06-08&to=2026-06-08", "auditor1"));
        JsonNode before = ok(http.api("/api/audit/events?aggregate=" + id + "&to=2026-06-07", "auditor1"));

        assertThat(all.at("/hits/0/type").asText()).as("newest first").isEqualTo("DocumentSealed");
        assertThat(all.at("/hits/1/hash").asText()).isEqualTo(all.at("/hits/0/prevHash").asText());
        assertThat(all.toString()).doesNotContain(TITLE);
        assertThat(sealed.get("total").asLong()).isEqualTo(1);
        assertThat(sealed.at("/hits/0/role").asText()).isEqualTo("SEAL_KEEPER");
        assertThat(byType.get("total").asLong()).isEqualTo(1);
        assertThat(reads.at("/hits/0/actor").asText()).isEqualTo("auditor1");
        assertThat(reads.at("/hits/0/view").asText()).isEqualTo("HISTORY");
        assertThat(reads.at("/hits/0/aggregateType").asText()).isEqualTo("AccessRecord");
        assertThat(inJune.get("total").asLong()).isEqualTo(2);
        assertThat(before.get("total").asLong()).isZero();
    }

    @Test
    void everySearchIsItselfRecordedAndFound() {
        String marker = "marker-" + UUID.randomUUID();
        ok(http.api("/api/audit/events?aggregate=" + marker, "auditor1"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                ok(http.api("/api/audit/reads?actor=auditor1&size=100", "auditor1")).get("hits").toString()).contains(marker));
        JsonNode reads = ok(http.api("/api/audit/reads?actor=auditor1&size=100", "admin1"));

        JsonNode mine = null;
        for (JsonNode read : reads.get("hits")) {
            if (read.get("filters").asText().contains(marker)) {
                mine = read;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("searched").asText()).isEqualTo("events");
        assertThat(mine.get("channel").asText()).isEqualTo("api");
        assertThat(mine.get("role").asText()).isEqualTo("AUDITOR");
        assertThat(mine.get("total").asLong()).isZero();
    }

    @Test
    void badParametersAreProblemsNamingThemAndOtherRolesAreRefused() {
        StaffHttp.Response size = http.api("/api/audit/events?size=1000", "auditor1");
        StaffHttp.Response from = http.api("/api/audit/events?from=yesterday", "auditor1");

        assertThat(size.status()).isEqualTo(400);
        assertThat(size.contentType()).startsWith("application/problem+json");
        assertThat(size.json().at("/errors/0/field").asText()).isEqualTo("size");
        assertThat(from.json().at("/errors/0/field").asText()).isEqualTo("from");
        assertThat(http.api("/api/audit/events", "author1").status()).isEqualTo(403);
        assertThat(http.api("/api/audit/events", "author1").contentType()).startsWith("application/problem+json");
        assertThat(http.api("/api/audit/reads", "leader1").status()).isEqualTo(403);
        assertThat(http.api("/api/audit/events", null).status()).isEqualTo(401);
    }

    @Test
    void theSearchPageRendersForAnAuditorBehindTheLoginForm() {
        String id = feedSealedDocumentAndAReadOfIt();
        awaitTotal("/api/audit/events?aggregate=" + id, 2);
        StaffHttp auditor = new StaffHttp(port).signIn("auditor1");

        StaffHttp.Response page = auditor.page("/audit/events?aggregate=" + id);
        StaffHttp.Response bad = auditor.page("/audit/events?size=0");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<td title=\"DocumentSealed\">加盖电子印章</td>", "<td>keeper1</td>",
                        "<td>印章管理员</td>", "<td>市信息中心</td>", "共 <strong>2</strong> 条")
                .doesNotContain(TITLE);
        assertThat(bad.body()).contains("size：must be between 1 and 100");
        // the read of the page above is kept asynchronously: the reads page shows it once it is indexed
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(auditor.page("/audit/reads?actor=auditor1").body()).contains("aggregate=" + id));
        assertThat(new StaffHttp(port).page("/audit/events").status()).isEqualTo(302);
        assertThat(new StaffHttp(port).signIn("author1").page("/audit/events").status()).isEqualTo(403);
    }

    @Test
    void aRebuildRefillsTheAuditEventsAndKeepsTheRecordOfSearches() {
        String id = feedSealedDocumentAndAReadOfIt();
        awaitTotal("/api/audit/events?aggregate=" + id, 2);
        String marker = "before-rebuild-" + UUID.randomUUID();
        ok(http.api("/api/audit/events?aggregate=" + marker, "auditor1"));

        assertThat(http.post("/api/admin/rebuild", "admin1", "{}").status()).isEqualTo(202);
        await().atMost(Duration.ofMinutes(2)).until(() -> "DONE".equals(ok(http.api("/api/admin/rebuild", "admin1"))
                .get("phase").asText()));

        assertThat(ok(http.api("/api/audit/events?aggregate=" + id, "auditor1")).get("total").asLong()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                ok(http.api("/api/audit/reads?actor=auditor1&size=100", "auditor1")).toString()).contains(marker));
    }

    /** A document drafted and sealed on 8 June 2026, and an auditor's look at its history. */
    private String feedSealedDocumentAndAReadOfIt() {
        String id = "audit-" + UUID.randomUUID();
        Instant drafted = Instant.parse("2026-06-08T01:00:00Z");
        try (EventFeed feed = new EventFeed(kafka)) {
            feed.send(envelope("Document", id, 0, new DocumentDrafted(id, "info-center", "政务动态", DocType.NEWS,
                    Classification.PUBLIC, TITLE, "正文", "author1", null), drafted, "author1", "AUTHOR"));
            feed.send(envelope("Document", id, 1, new DocumentSealed(id, "seal-1", "keeper1", "SM2", 1, "d", "s"),
                    drafted.plusSeconds(60), "keeper1", "SEAL_KEEPER"));
            String access = UUID.randomUUID().toString();
            feed.send(envelope("AccessRecord", access, 0, new RecordAccessed(access, "document", id, AuditView.HISTORY,
                    Map.of(), "page"), drafted.plusSeconds(120), "auditor1", "AUDITOR"));
        }
        return id;
    }

    private EventEnvelope envelope(String aggregateType, String id, long sequence, Object payload, Instant at, String actor,
                                   String role) {
        return EventFeed.chain(new EventEnvelope(EventEnvelope.CURRENT_VERSION, UUID.randomUUID().toString(),
                POSITION.incrementAndGet(), aggregateType, id, sequence, payload.getClass().getSimpleName(), "1", at,
                Map.of("actor", actor, "role", role, "department", "AUDITOR".equals(role) ? "office" : "info-center"),
                codec.toTree(payload)));
    }

    private JsonNode awaitTotal(String path, long total) {
        await().atMost(Duration.ofSeconds(30)).until(() -> ok(http.api(path, "auditor1")).get("total").asLong() == total);
        return ok(http.api(path, "auditor1"));
    }

    private static JsonNode ok(StaffHttp.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
