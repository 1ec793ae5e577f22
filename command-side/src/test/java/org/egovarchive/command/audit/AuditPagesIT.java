package org.egovarchive.command.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.egovarchive.command.demo.DemoData;
import org.egovarchive.command.support.Api;
import org.egovarchive.command.support.CommandSideIT;
import org.egovarchive.command.support.Documents;
import org.egovarchive.command.support.Ledger;
import org.egovarchive.command.support.PageSession;
import org.egovarchive.infra.stack.StackEndpoints;
import org.egovarchive.infra.stack.junit.LocalStackExtension;
import org.egovarchive.infra.verifier.PackageVerifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit pages as a person meets them: the login form, a session, every page of a record, the download. */
@CommandSideIT
class AuditPagesIT {

    private static final String XSS = "<script>alert(1)</script>";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path dir;

    private Api api;
    private Documents documents;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        documents = new Documents(api);
    }

    @Test
    void anAuditorSignsInAndReadsARecordsTimelineStatesDiffAndVerification() {
        String id = documents.inState("PUBLISHED");
        JsonNode events = api.get("/api/audit/document/" + id + "/history", "auditor1").json().get("events");
        PageSession auditor = new PageSession(port).signIn("auditor1");

        PageSession.Response index = auditor.get("/audit");
        PageSession.Response history = auditor.get("/audit/document/" + id + "/history");
        String sealed = auditor.get("/audit/document/" + id + "/state?at=" + encode(events.get(3).get("time").asText())).body();
        String published = auditor.get("/audit/document/" + id + "/state?at=" + encode(events.get(4).get("time").asText())).body();
        String before = auditor.get("/audit/document/" + id + "/state?at=2000-01-01").body();
        String verify = auditor.get("/audit/document/" + id + "/verify").body();

        assertThat(index.status()).isEqualTo(200);
        assertThat(index.contentSecurityPolicy()).contains("script-src 'self'").contains("style-src 'self'");
        assertThat(index.body()).contains("最近的公文").contains("/audit/document/" + id + "/history")
                .contains("示例（演示数据）").contains("/audit/document/" + DemoData.SPEECH_ID + "/history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body()).contains("加盖电子印章", "keeper1", "印章管理员", "市信息中心电子印章", "审签通过", "approver1",
                "市信息中心", "title=\"" + events.get(3).get("hash").asText() + "\"",
                events.get(3).get("hash").asText().substring(0, 12) + "…", "此后的状态");
        assertThat(sealed).contains("已盖章").contains("keeper1，印章管理员，市信息中心").doesNotContain("<strong>已发布</strong>");
        assertThat(published).contains("<strong>已发布</strong>").contains("（在网上）");
        assertThat(before).contains("尚未建立");
        assertThat(verify).contains("校验通过");
        assertThat(pageReadsOf(id)).as("the look before its first event showed nothing and is not a read").isEqualTo(4);
    }

    @Test
    void theDiffMarksInsertionsAndDeletionsAndEverythingIsEscaped() {
        String id = documents.draft("转义测试 " + XSS, "第一段。\n推进电子政务建设。");
        api.put("/api/documents/" + id, "author1", """
                {"title": "转义测试 <b>粗</b>", "body": "第一段。\\n推进数字政府建设。<img src=x onerror=alert(2)>", "expectedVersion": 0}""");
        PageSession auditor = new PageSession(port).signIn("auditor1");

        String diff = auditor.get("/audit/document/" + id + "/diff").body();
        String history = auditor.get("/audit/document/" + id + "/history").body();

        assertThat(diff).contains("<del><span class=\"visually-hidden\">［删除］</span>电子政务</del>")
                .contains("<ins><span class=\"visually-hidden\">［新增］</span>数字政府</ins>")
                .contains("&lt;img src=x onerror=alert(2)&gt;").doesNotContain("<img src=x").doesNotContain(XSS);
        assertThat(history).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(XSS);
    }

    @Test
    void thePackageDownloadsWithTheSessionAndTheIndependentVerifierAcceptsIt() throws Exception {
        String id = documents.inState("PUBLISHED");
        new Ledger(api, jdbc).awaitCaughtUp();
        PageSession auditor = new PageSession(port).signIn("auditor1");

        PageSession.Response zip = auditor.get("/audit/document/" + id + "/export");

        assertThat(zip.status()).isEqualTo(200);
        assertThat(zip.contentType()).isEqualTo("application/zip");
        PackageVerifier.Result result = PackageVerifier.verify(Files.write(dir.resolve("page.zip"), zip.bytes()));
        assertThat(result.failures()).isEmpty();
        assertThat(result.intact()).isTrue();
        assertThat(pageReadsOf(id)).isEqualTo(1);
    }

    @Test
    void oneAlteredByteInAStoredEventFailsTheVerificationPageAtThatEvent() {
        String id = documents.draft("TAMPER-PAGE 篡改", "正文");
        api.postJson("/api/documents/" + id + "/submit", "author1", "{}");
        JdbcTemplate owner = owner();
        byte[] payload = owner.queryForObject("select payload from domain_event_entry where aggregate_identifier = ? "
                + "and sequence_number = 0", byte[].class, id);
        int at = new String(payload, StandardCharsets.ISO_8859_1).indexOf("TAMPER-PAGE");
        owner.update("update domain_event_entry set payload = set_byte(payload, ?, get_byte(payload, ?) # 1) "
                + "where aggregate_identifier = ? and sequence_number = 0", at, at, id);

        String verify = new PageSession(port).signIn("auditor1").get("/audit/document/" + id + "/verify").body();

        assertThat(verify).contains("校验未通过").contains("<strong>未通过</strong>").contains("哈希链在下述位置断开")
                .contains("breaks at sequence 0");
    }

    @Test
    void otherRolesAreTurnedAwayAndTheApiStaysHttpBasicOnly() {
        String id = documents.draft("无权查阅页面", "正文");
        PageSession author = new PageSession(port).signIn("author1");
        PageSession auditor = new PageSession(port).signIn("auditor1");

        assertThat(new PageSession(port).get("/audit").status()).isEqualTo(302);
        assertThat(author.get("/audit").status()).isEqualTo(403);
        assertThat(author.get("/audit/document/" + id + "/history").status()).isEqualTo(403);
        assertThat(auditor.get("/api/audit/document/" + id).status()).as("a session does not open the API").isEqualTo(401);
        assertThat(auditor.get("/audit/document/no-such-id/history").status()).isEqualTo(404);
        assertThat(auditor.post("/logout", "").status()).as("no CSRF token").isEqualTo(403);
        PageSession.Response out = auditor.post("/logout", "_csrf=" + auditor.csrf("/audit"));
        assertThat(out.location()).endsWith("/login?logout");
        assertThat(auditor.get("/audit").status()).isEqualTo(302);
        assertThat(pageReadsOf(id)).isZero();
    }

    private long pageReadsOf(String id) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where type = 'AccessRecord' "
                + "and convert_from(payload, 'UTF8')::jsonb ->> 'recordId' = ? "
                + "and convert_from(payload, 'UTF8')::jsonb ->> 'channel' = 'page'", Long.class, id);
    }

    private static JdbcTemplate owner() {
        StackEndpoints stack = LocalStackExtension.endpoints();
        return new JdbcTemplate(new DriverManagerDataSource(stack.jdbcUrl(), stack.ownerUser(), stack.ownerPassword()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
