package org.egovarchive.query.search;

import com.fasterxml.jackson.databind.JsonNode;
import org.egovarchive.kernel.document.DocType;
import org.egovarchive.query.search.Publisher.Doc;
import org.egovarchive.query.support.QuerySideIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.egovarchive.query.search.Publisher.encode;
import static org.egovarchive.query.search.Publisher.q;

/** Facets, filters, order, paging, hostile input and type-ahead against the real Elasticsearch. */
@QuerySideIT
class SearchFacetsIT {

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

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
    void facetsCountAndNameAndFiltersNarrow() {
        String channel = "栏目" + UUID.randomUUID().toString().substring(0, 8);
        String older = site.publish(new Doc("住房保障通知", "住房保障", "housing", channel, DocType.NOTICE, Instant.parse("2023-03-01T02:00:00Z")));
        String newer = site.publish(new Doc("住房公积金政策", "住房政策", "housing", channel, DocType.POLICY, Instant.parse("2024-07-01T02:00:00Z")));
        String other = site.publish(new Doc("住房信息化", "住房", "info-center", channel, DocType.NOTICE, Instant.parse("2024-01-10T02:00:00Z")));
        String base = q("住房") + "&channel=" + encode(channel);
        site.awaitHit(base, older);
        site.awaitHit(base, newer);
        site.awaitHit(base, other);

        JsonNode all = site.search(base);
        assertThat(all.get("total").asLong()).isEqualTo(3);
        assertThat(all.get("facets").get("department")).extracting(b -> b.get("key").asText(), b -> b.get("label").asText(),
                b -> b.get("count").asLong()).containsExactly(tuple("housing", "市住建局", 2L), tuple("info-center", "市信息中心", 1L));
        assertThat(all.get("facets").get("docType")).extracting(b -> b.get("label").asText()).containsExactly("通知公告", "政策文件");
        assertThat(all.get("facets").get("year")).extracting(b -> b.get("key").asText()).containsExactly("2024", "2023");

        assertThat(ids(base + "&department=housing")).containsExactlyInAnyOrder(older, newer);
        assertThat(ids(base + "&type=NOTICE")).containsExactlyInAnyOrder(older, other);
        assertThat(ids(base + "&year=2023")).containsExactly(older);
        assertThat(ids(base + "&from=2024-01-01&to=2024-06-30")).containsExactly(other);
        assertThat(ids(base + "&sort=date")).containsExactly(newer, other, older);
        assertThat(ids(base + "&sort=date&size=2&page=2")).containsExactly(older);
    }

    @Test
    void hostileOrOutOfBoundsInputIsAProblemOrHarmlessNeverAServerError() {
        for (String query : List.of("\"电子*政务 AND (OR\\", "title:x^9 ~2 /re.*/ {!x} [a TO z]", "<script>alert(1)</script>",
                "\u0000\u202e政务", "a".repeat(200), "电 子 政 务 一 二 三 四 五 六 七 八 九")) {
            HttpResponse<String> api = site.get("/api/search?" + q(query), null);
            HttpResponse<String> page = site.get("/search?" + q(query), null);
            HttpResponse<String> suggest = site.get("/api/search/suggest?" + q(query), null);
            assertThat(List.of(api.statusCode(), page.statusCode(), suggest.statusCode())).as(query).containsOnly(200);
        }
        assertProblem(site.get("/api/search?" + q("政".repeat(201)), null), "q");
        assertProblem(site.get("/api/search?q=x&size=0", null), "size");
        assertProblem(site.get("/api/search?q=x&size=51", null), "size");
        assertProblem(site.get("/api/search?q=x&page=1000&size=50", null), "page");
        assertProblem(site.get("/api/search?q=x&from=2024-13-01", null), "from");
        assertProblem(site.get("/api/search?q=x&sort=popular", null), "sort");
        assertProblem(site.get("/api/search/suggest?" + q("政".repeat(201)), null), "q");
    }

    @Test
    void typeAheadOffersTitlesByPrefixPinyinInitialsAndWordStarts() {
        String title = "鲲鹏电子政务平台上线" + UUID.randomUUID().toString().substring(0, 4);
        String id = site.publish(Doc.of(title, "正文", "栏目"));
        site.awaitHit(q(title), id);

        for (String prefix : List.of("鲲鹏电子", "鯤鵬電子", "kunpengdian", "kunpeng dianzi", "kpdzzw", "政务平台")) {
            JsonNode suggestions = Publisher.json(site.get("/api/search/suggest?" + q(prefix), null).body());
            assertThat(suggestions).as(prefix).extracting(s -> s.get("text").asText()).contains(title);
            assertThat(suggestions.size()).isLessThanOrEqualTo(10);
        }
        JsonNode one = Publisher.json(site.get("/api/search/suggest?" + q("鲲鹏电子"), null).body()).get(0);
        assertThat(one.get("url").asText()).isEqualTo("/documents/" + id);
        assertThat(Publisher.json(site.get("/api/search/suggest?q=", null).body())).isEmpty();
    }

    private static void assertProblem(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(Publisher.json(response.body()).get("errors").get(0).get("field").asText()).isEqualTo(field);
    }

    private List<String> ids(String query) {
        List<String> ids = new ArrayList<>();
        site.search(query).get("hits").forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }
}
