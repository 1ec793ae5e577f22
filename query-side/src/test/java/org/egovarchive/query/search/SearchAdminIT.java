package org.egovarchive.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import org.egovarchive.query.elastic.ReadModel;
import org.egovarchive.query.search.Publisher.Doc;
import org.egovarchive.query.support.QuerySideIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.egovarchive.query.search.Publisher.encode;
import static org.egovarchive.query.search.Publisher.q;

/** Best bets and search analytics: admin-only, over the real Elasticsearch. */
@QuerySideIT
@TestPropertySource(properties = "egov.demo.enabled=true")
class SearchAdminIT {

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;
    @Autowired
    ElasticsearchClient elastic;

    private Publisher site;

    @BeforeEach
    void setUp() {
        site = new Publisher(kafka, port);
    }

    @AfterEach
    void tearDown() {
        site.close();
    }

    @Test
    void aPinnedDocumentComesFirstMarkedAndUnpinnedGoesBack() {
        String word = "置顶" + UUID.randomUUID().toString().substring(0, 6);
        String first = site.publish(Doc.of(word + "工作要点", word + "正文", "栏目"));
        String pinned = site.publish(Doc.of("办事指南", "与" + word + "有关的说明", "栏目"));
        site.awaitHit(q(word), pinned);
        site.awaitHit(q(word), first);

        HttpResponse<String> pin = site.post("/api/admin/best-bets", "admin1", Map.of("query", " " + word + " ", "documentId", pinned));
        assertThat(pin.statusCode()).as(pin.body()).isEqualTo(201);

        JsonNode result = site.search(q(word));
        assertThat(result.get("bestBets")).extracting(h -> h.get("id").asText()).containsExactly(pinned);
        assertThat(result.get("bestBets").get(0).get("pinned").asBoolean()).isTrue();
        assertThat(result.get("hits")).extracting(h -> h.get("id").asText()).containsExactly(first);
        assertThat(site.search(q(word) + "&page=2&size=1").get("bestBets")).isEmpty();
        HttpResponse<String> request = site.get("/api/admin/search/request?" + q(word), "admin1");
        assertThat(request.statusCode()).as(request.body()).isEqualTo(200);
        assertThat(Publisher.json(request.body()).get("index").asText()).isEqualTo("public-documents");
        assertThat(Publisher.json(request.body()).get("body").toString()).contains("titleNorm").contains(word).contains(pinned)
                .contains("must_not");
        assertThat(site.get("/api/admin/search/request?" + q(word), "author1").statusCode()).isEqualTo(403);
        String page = site.get("/search?" + q(word), null).body();
        assertThat(page.indexOf("class=\"pinned\"")).isPositive().isLessThan(page.indexOf(first));

        assertThat(site.delete("/api/admin/best-bets?query=" + encode(word) + "&documentId=" + pinned, "admin1").statusCode())
                .isEqualTo(204);
        assertThat(site.search(q(word)).get("bestBets")).isEmpty();
        assertThat(site.search(q(word)).get("hits")).extracting(h -> h.get("id").asText()).contains(pinned, first);
    }

    @Test
    void bestBetsAreForAdminsAndPublishedDocumentsOnly() {
        Map<String, String> body = Map.of("query", "电子政务", "documentId", UUID.randomUUID().toString());

        assertThat(site.post("/api/admin/best-bets", null, body).statusCode()).isEqualTo(401);
        assertThat(site.post("/api/admin/best-bets", "author1", body).statusCode()).isEqualTo(403);
        assertThat(site.post("/api/admin/best-bets", "admin1", body).statusCode()).isEqualTo(404);
        HttpResponse<String> blank = site.post("/api/admin/best-bets", "admin1", Map.of("query", " ", "documentId", "x"));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(Publisher.json(blank.body()).get("errors").get(0).get("field").asText()).isEqualTo("query");
        assertThat(site.delete("/api/admin/best-bets?query=x&documentId=y", "admin1").statusCode()).isEqualTo(404);
    }

    @Test
    void queriesAreCountedWithoutPersonalDataAndReportedToAdmins() throws Exception {
        String word = "统计" + UUID.randomUUID().toString().substring(0, 6);
        String id = site.publish(Doc.of(word + "公告", "正文", "栏目"));
        site.awaitHit(q(word + "公告"), id);
        String nothing = "无果" + UUID.randomUUID().toString().substring(0, 6);
        site.search(q(" " + word.toUpperCase()));
        site.get("/search?" + q(word), null);
        site.search(q(word) + "&page=2&size=1");
        site.search(q(nothing));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode report = Publisher.json(site.get("/api/admin/search-analytics?limit=100", "admin1").body());
            assertThat(report.get("top")).anySatisfy(row -> {
                assertThat(row.get("query").asText()).isEqualTo(word.toLowerCase());
                assertThat(row.get("count").asLong()).isEqualTo(2);
            });
            assertThat(report.get("zeroResults")).extracting(row -> row.get("query").asText()).contains(nothing.toLowerCase());
        });
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> stored = elastic.search(s -> s.index(ReadModel.SEARCH_ANALYTICS.alias())
                .query(qq -> qq.term(t -> t.field("query").value(nothing.toLowerCase()))), Map.class)
                .hits().hits().stream().map(h -> (Map<String, Object>) h.source()).toList();
        assertThat(stored).singleElement().satisfies(doc ->
                assertThat(doc).containsOnlyKeys("query", "hits", "zeroResult", "at").containsEntry("zeroResult", true));
    }

    @Test
    void analyticsAreForAdmins() {
        assertThat(site.get("/api/admin/search-analytics", null).statusCode()).isEqualTo(401);
        assertThat(site.get("/api/admin/search-analytics", "leader1").statusCode()).isEqualTo(403);
        HttpResponse<String> bad = site.get("/api/admin/search-analytics?from=2025-02-30", "admin1");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Publisher.json(bad.body()).get("errors").get(0).get("field").asText()).isEqualTo("from");
    }
}
