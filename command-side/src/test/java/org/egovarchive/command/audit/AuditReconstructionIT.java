package org.egovarchive.command.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.egovarchive.command.support.Api;
import org.egovarchive.command.support.CommandSideIT;
import org.egovarchive.command.support.Documents;
import org.egovarchive.command.support.Ledger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Reconstruction, history, diff and the record of each read, through the API against the real stack. */
@CommandSideIT
class AuditReconstructionIT {

    private static final String GENESIS = "0".repeat(64);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private Api api;
    private Documents documents;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        documents = new Documents(api);
    }

    @Test
    void aDocumentIsReconstructedAsItStoodBeforeAndAfterItsPublication() {
        String id = documents.inState("PUBLISHED");
        JsonNode events = ok(api.get("/api/audit/document/" + id + "/history", "auditor1")).get("events");
        Instant sealed = timeOf(events, "DocumentSealed");
        Instant published = timeOf(events, "DocumentPublished");

        JsonNode before = ok(api.get("/api/audit/document/" + id + "?at=" + encode(sealed), "auditor1"));
        JsonNode after = ok(api.get("/api/audit/document/" + id + "?at=" + encode(published), "auditor1"));

        assertThat(before.at("/state/state").asText()).isEqualTo("SEALED");
        assertThat(before.at("/state/online").asBoolean()).isFalse();
        assertThat(before.get("eventsApplied").asLong()).isEqualTo(4);
        assertThat(after.at("/state/state").asText()).isEqualTo("PUBLISHED");
        assertThat(after.at("/state/online").asBoolean()).isTrue();
        assertThat(after.get("eventsApplied").asLong()).isEqualTo(5);
        assertThat(after.get("eventsRecorded").asLong()).isEqualTo(5);
        assertThat(ok(api.get("/api/audit/document/" + id, "leader1")).at("/state/state").asText()).isEqualTo("PUBLISHED");
    }

    @Test
    void beforeItsFirstEventARecordDidNotExistYet() {
        String id = documents.draft("尚未起草", "正文");

        Api.Response then = api.get("/api/audit/document/" + id + "?at=2020-01-01", "auditor1");

        assertThat(then.status()).isEqualTo(404);
        assertThat(then.contentType()).startsWith("application/problem+json");
        assertThat(then.json().get("detail").asText()).contains("did not exist yet");
        assertThat(api.get("/api/audit/document/" + id + "?at=2999-12-31", "auditor1").status()).isEqualTo(200);
    }

    @Test
    void anUnreadableInstantIsA400NamingAt() {
        String id = documents.draft("时间格式", "正文");

        Api.Response response = api.get("/api/audit/document/" + id + "?at=yesterday", "auditor1");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/field").asText()).isEqualTo("at");
    }

    @Test
    void theHistoryNamesActorRoleDepartmentAndChainsEveryHashAndTheSealShowsItsKeeper() {
        String id = documents.inState("SEALED");

        List<JsonNode> events = list(ok(api.get("/api/audit/document/" + id + "/history", "auditor1")).get("events"));
        JsonNode state = ok(api.get("/api/audit/document/" + id, "auditor1"));

        assertThat(events).extracting(e -> e.get("type").asText())
                .containsExactly("DocumentDrafted", "DocumentSubmitted", "DocumentApproved", "DocumentSealed");
        assertThat(events).extracting(e -> e.get("actor").asText() + "/" + e.get("role").asText() + "/" + e.get("department").asText())
                .containsExactly("author1/AUTHOR/info-center", "author1/AUTHOR/info-center",
                        "approver1/APPROVER/info-center", "keeper1/SEAL_KEEPER/info-center");
        assertThat(events.get(0).get("prevHash").asText()).isEqualTo(GENESIS);
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).get("prevHash").asText()).isEqualTo(events.get(i - 1).get("hash").asText());
            assertThat(events.get(i).get("sequence").asLong()).isEqualTo(i);
        }
        assertThat(events.get(3).at("/payload/keeper").asText()).isEqualTo("keeper1");
        assertThat(events.get(0).at("/payload/title").asText()).isEqualTo("矩阵测试");
        JsonNode sealing = state.get("sealings").get(0);
        assertThat(sealing.get("keeper").asText()).isEqualTo("keeper1");
        assertThat(sealing.get("keeperRole").asText()).isEqualTo("SEAL_KEEPER");
        assertThat(sealing.get("sealName").asText()).isEqualTo("市信息中心电子印章");
        assertThat(sealing.get("sealedAt").asText()).isEqualTo(events.get(3).get("time").asText());
        assertThat(sealing.get("current").asBoolean()).isTrue();
        assertThat(sealing.get("sealValidThen").asBoolean()).isTrue();
        assertThat(sealing.get("keeperAuthorisedThen").asBoolean()).isTrue();
        assertThat(state.at("/state/seal/keeper").asText()).isEqualTo("keeper1");
    }

    @Test
    void theDiffBetweenTwoContentVersionsMarksWhatWasInsertedAndDeleted() {
        String id = documents.draft("关于推进电子政务的通知", "第一段。\n推进电子政务建设。\n第三段。");
        assertThat(api.put("/api/documents/" + id, "author1", """
                {"title": "关于推进数字政府的通知", "body": "第一段。\\n推进数字政府建设。\\n第三段。", "expectedVersion": 0}""").status())
                .isEqualTo(200);
        assertThat(api.put("/api/documents/" + id, "approver1", """
                {"title": "关于推进数字政府的通知", "body": "第一段。\\n推进数字政府建设。\\n第三段。\\n第四段。", "expectedVersion": 1}""").status())
                .isEqualTo(200);

        JsonNode oneToThree = ok(api.get("/api/audit/document/" + id + "/diff?from=1&to=3", "auditor1"));
        JsonNode latest = ok(api.get("/api/audit/document/" + id + "/diff", "auditor1"));

        assertThat(oneToThree.at("/diff/changed").asInt()).isEqualTo(1);
        assertThat(oneToThree.at("/diff/inserted").asInt()).isEqualTo(1);
        assertThat(oneToThree.at("/diff/lines/1/segments").toString())
                .contains("{\"op\":\"DELETE\",\"text\":\"电子政务\"}").contains("{\"op\":\"INSERT\",\"text\":\"数字政府\"}");
        assertThat(oneToThree.at("/diff/title").toString()).contains("\"INSERT\"");
        assertThat(oneToThree.get("versions")).hasSize(3);
        assertThat(oneToThree.at("/to/writer").asText()).isEqualTo("approver1");
        assertThat(latest.at("/from/contentVersion").asLong()).isEqualTo(2);
        assertThat(latest.at("/to/contentVersion").asLong()).isEqualTo(3);
        assertThat(latest.at("/diff/changed").asInt()).isZero();
        assertThat(latest.at("/diff/lines/3/op").asText()).isEqualTo("INSERT");
        Api.Response noSuchVersion = api.get("/api/audit/document/" + id + "/diff?from=9", "auditor1");
        assertThat(noSuchVersion.status()).isEqualTo(400);
        assertThat(noSuchVersion.json().at("/errors/0/field").asText()).isEqualTo("from");
    }

    @Test
    void aSealIsReconstructedWithItsKeepers() {
        String seal = documents.infoCenterSeal();

        JsonNode now = ok(api.get("/api/audit/seal/" + seal, "admin1"));
        List<JsonNode> events = list(ok(api.get("/api/audit/seal/" + seal + "/history", "admin1")).get("events"));
        JsonNode registeredOnly = ok(api.get("/api/audit/seal/" + seal + "?at=" + encode(Instant.parse(events.get(0).get("time").asText())), "admin1"));

        assertThat(now.at("/state/keepers/keeper1")).isNotEmpty();
        assertThat(registeredOnly.at("/state/keepers").isEmpty()).isTrue();
        assertThat(events.get(1).get("type").asText()).isEqualTo("SealKeeperAuthorized");
    }

    @Test
    void everyReadIsRecordedAsAnEventOnTheLedgerAndARefusedOneIsNot() {
        String id = documents.draft("查阅记录", "正文");
        long before = accessesOf(id);

        ok(api.get("/api/audit/document/" + id + "?at=2999-01-01", "auditor1"));
        ok(api.get("/api/audit/document/" + id + "/history", "auditor1"));
        ok(api.get("/api/audit/document/" + id + "/diff", "auditor1"));
        ok(api.get("/api/audit/document/" + id + "/verify", "auditor1"));
        assertThat(api.get("/api/audit/document/" + id + "/history", "author1").status()).isEqualTo(403);

        assertThat(accessesOf(id) - before).isEqualTo(4);
        List<String> rows = jdbc.queryForList("select convert_from(meta_data, 'UTF8')::jsonb ->> 'actor' || ' ' "
                + "|| (convert_from(payload, 'UTF8')::jsonb ->> 'view') || ' ' || (convert_from(payload, 'UTF8')::jsonb ->> 'channel') "
                + "from domain_event_entry where type = 'AccessRecord' and convert_from(payload, 'UTF8')::jsonb ->> 'recordId' = ? "
                + "order by global_index", String.class, id);
        assertThat(rows).containsExactly("auditor1 STATE api", "auditor1 HISTORY api", "auditor1 DIFF api", "auditor1 VERIFY api");
        assertThat(jdbc.queryForObject("select convert_from(payload, 'UTF8')::jsonb -> 'parameters' ->> 'at' from domain_event_entry "
                + "where type = 'AccessRecord' and convert_from(payload, 'UTF8')::jsonb ->> 'recordId' = ? "
                + "and convert_from(payload, 'UTF8')::jsonb ->> 'view' = 'STATE'", String.class, id))
                .isEqualTo("2999-01-01T15:59:59.999999999Z");
        new Ledger(api, jdbc).awaitCaughtUp();
    }

    @Test
    void aRoleThatMayNotAuditGetsA403ProblemAndAnUnknownOrMistypedRecordA404() {
        String id = documents.draft("无权查阅", "正文");

        Api.Response forbidden = api.get("/api/audit/document/" + id, "author1");

        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.contentType()).startsWith("application/problem+json");
        assertThat(forbidden.json().get("detail").asText()).contains("AUDITOR");
        assertThat(api.get("/api/audit/document/" + id + "/diff", "keeper1").status()).isEqualTo(403);
        assertThat(api.get("/api/audit/document/no-such-id", "auditor1").status()).isEqualTo(404);
        assertThat(api.get("/api/audit/message/" + id + "/history", "auditor1").status()).isEqualTo(404);
        assertThat(api.get("/api/audit/seal/" + id + "/verify", "auditor1").status()).isEqualTo(404);
        assertThat(api.get("/api/audit/document/" + id, null).status()).isEqualTo(401);
    }

    private long accessesOf(String id) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where type = 'AccessRecord' "
                + "and convert_from(payload, 'UTF8')::jsonb ->> 'recordId' = ?", Long.class, id);
    }

    private static Instant timeOf(JsonNode events, String type) {
        return list(events).stream().filter(e -> e.get("type").asText().equals(type)).map(e -> Instant.parse(e.get("time").asText()))
                .findFirst().orElseThrow();
    }

    private static String encode(Instant instant) {
        return URLEncoder.encode(instant.toString(), StandardCharsets.UTF_8);
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
