package org.egovarchive.query.search;

import com.fasterxml.jackson.databind.JsonNode;
import org.egovarchive.query.search.Publisher.Doc;
import org.egovarchive.query.support.QuerySideIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egovarchive.query.search.Publisher.encode;
import static org.egovarchive.query.search.Publisher.q;

/** Chinese text against the real Elasticsearch: scripts, phrases first, pinyin, synonyms, corrections. */
@QuerySideIT
class SearchRankingIT {

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    private Publisher site;
    /** Each test publishes into its own channel and filters by it, so tests sharing the index do not meet. */
    private String channel;

    @BeforeEach
    void setUp() {
        site = new Publisher(kafka, port);
        channel = "测试栏目" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void tearDown() {
        site.close();
    }

    @Test
    void aPhraseOutranksScatteredCharacters() {
        String scattered = site.publish(Doc.of("政府子女教育电力应用", "政府子女教育电力应用的说明：电力、子女教育与政府务实工作。", channel));
        String apart = site.publish(Doc.of("政务公开与电子档案", "档案电子化和政务公开。", channel));
        String phrase = site.publish(Doc.of("工作动态", "全市加快推进电子政务建设，提升服务水平。", channel));
        site.awaitHit(q("政务公开") + "&channel=" + encode(channel), apart);
        site.awaitHit(q("子女教育") + "&channel=" + encode(channel), scattered);
        // each document is its own key, so its own partition: the three arrive in any order
        site.awaitHit(q("服务水平") + "&channel=" + encode(channel), phrase);

        List<String> ranked = ids("电子政务");

        assertThat(ranked).first().isEqualTo(phrase);
        assertThat(ranked).doesNotContain(scattered);
        assertThat(ranked.indexOf(apart)).isIn(-1, 1);
    }

    @Test
    void togetherOutranksApartInTitles() {
        String apart = site.publish(Doc.of("政务公开与电子档案", "正文", channel));
        String together = site.publish(Doc.of("推进电子政务建设", "正文", channel));
        site.awaitHit(q("电子档案") + "&channel=" + encode(channel), apart);
        site.awaitHit(q("推进") + "&channel=" + encode(channel), together);

        assertThat(ids("电子政务")).containsExactly(together, apart);
    }

    @Test
    void eitherScriptFindsTheOtherAndHighlightsTheDocumentsOwn() {
        String traditional = site.publish(Doc.of("電子政務應用動員會發言", "各部門要推進電子政務建設。", channel));
        String simplified = site.publish(Doc.of("电子政务工作要点", "推进电子政务。", channel));

        JsonNode hit = site.awaitHit(q("电子政务") + "&channel=" + encode(channel), traditional);
        site.awaitHit(q("電子政務") + "&channel=" + encode(channel), simplified);

        assertThat(hit.get("titleHtml").asText()).isEqualTo("<em>電子政務</em>應用動員會發言");
        assertThat(hit.get("snippet").asText()).contains("<em>電子政務</em>");
    }

    @Test
    void pinyinWithOrWithoutSpacesAndTonesFindsTheTitle() {
        String id = site.publish(Doc.of("電子政務應用動員會發言", "讲话全文", channel));

        for (String pinyin : List.of("dianzi zhengwu", "dianzizhengwu", "diànzǐ zhèngwù", "DianZi ZhengWu")) {
            JsonNode hit = site.awaitHit(q(pinyin) + "&channel=" + encode(channel), id);
            assertThat(hit.get("titleHtml").asText()).as(pinyin).contains("<em>電子政務</em>");
        }
    }

    @Test
    void synonymsFindTheOtherWording() {
        String insurance = site.publish(Doc.of("社会保险缴费指南", "参保人员按月缴费。", channel));
        String disclosure = site.publish(Doc.of("2024年信息公开年度报告", "本年度主动公开信息。", channel));

        JsonNode hit = site.awaitHit(q("社保") + "&channel=" + encode(channel), insurance);
        site.awaitHit(q("政务公开") + "&channel=" + encode(channel), disclosure);

        assertThat(hit.get("titleHtml").asText()).contains("<em>社会保险</em>");
    }

    @Test
    void aTypoGetsACorrectionThatFindsSomething() {
        String id = site.publish(Doc.of("电子政务应用动员会发言", "讲话全文", channel));
        site.awaitHit(q("电子政务") + "&channel=" + encode(channel), id);

        JsonNode typo = site.search(q("电子政物") + "&channel=" + encode(channel));
        JsonNode homophone = site.search(q("电子正务") + "&channel=" + encode(channel));
        JsonNode pinyin = site.search(q("dianzi zhengwo") + "&channel=" + encode(channel));

        assertThat(typo.get("total").asLong()).isZero();
        assertThat(typo.get("suggestion").asText()).isEqualTo("电子政务");
        assertThat(homophone.get("suggestion").asText()).isEqualTo("电子政务");
        assertThat(pinyin.get("suggestion").asText()).isEqualTo("电子 政务");
        assertThat(ids(typo.get("suggestion").asText())).contains(id);
    }

    @Test
    void nothingLikeAnyTitleGetsNoSuggestion() {
        JsonNode result = site.search(q("量子引力弦论") + "&channel=" + encode(channel));

        assertThat(result.get("total").asLong()).isZero();
        assertThat(result.has("suggestion") && !result.get("suggestion").isNull()).isFalse();
    }

    private List<String> ids(String query) {
        List<String> ids = new ArrayList<>();
        site.search(q(query) + "&size=50&channel=" + encode(channel)).get("hits").forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }
}
