package org.egovarchive.query.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QueryTextTest {

    private final Synonyms synonyms = new Synonyms(List.of(List.of("社保", "社会保险")));

    @Test
    void theKeyIsTheFoldedTermsJoinedByOneSpace() {
        assertThat(QueryText.of("  電子政務   ＡＰＰ ", synonyms).key()).isEqualTo("电子政务 app");
    }

    @Test
    void termsCarryTheirSynonymsAndPinyin() {
        QueryText text = QueryText.of("社保 dianzi", synonyms);

        assertThat(text.terms().get(0).forms()).containsExactly("社保", "社会保险");
        assertThat(text.terms().get(1).syllables()).containsExactly("dian", "zi");
        assertThat(text.syllables()).isEmpty();
    }

    @Test
    void aPinyinQueryHighlightsTheCharactersItStandsFor() {
        QueryText text = QueryText.of("diànzǐ zhèngwù", synonyms);

        assertThat(text.syllables()).containsExactly("dian", "zi", "zheng", "wu");
        assertThat(text.highlights("电子政务应用")).contains(List.of("电子"), List.of("政务"));
    }

    @Test
    void aTermMatchedByItsWordsHasThemMarkedWhereTheyStandApart() {
        QueryText text = QueryText.of("政务公开考核", synonyms);
        String title = "关于开展2026年政务公开工作考核的通知";

        assertThat(Highlighter.full(title, text.highlights(ChineseText.fold(title))))
                .contains("<em>政务公开</em>工作<em>考核</em>");
        String other = "城市交通规划";
        assertThat(Highlighter.full(other, QueryText.of("轨道交通", synonyms).highlights(other))).doesNotContain("<em>");
    }

    @Test
    void atMostEightTerms() {
        assertThat(QueryText.of("一 二 三 四 五 六 七 八 九 十", synonyms).terms()).hasSize(8);
    }
}
