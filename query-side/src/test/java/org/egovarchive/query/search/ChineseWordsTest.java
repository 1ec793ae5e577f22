package org.egovarchive.query.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseWordsTest {

    @Test
    void documentsAreCutFinerThanQueries() {
        assertThat(ChineseWords.forIndex("社会保险缴费")).isEqualTo("社会保险 社会 保险 缴费");
        assertThat(ChineseWords.forQuery("社会保险缴费")).containsExactly("社会保险", "缴费");
    }

    @Test
    void punctuationIsNoWord() {
        assertThat(ChineseWords.forQuery("电子政务，应用！")).containsExactly("电子", "政务", "应用");
    }

    @Test
    void scatteredCharactersMakeOtherWords() {
        assertThat(ChineseWords.forIndex("政府子女教育电力应用").split(" ")).doesNotContain("电子", "政务");
    }

    @Test
    void wordStartsForTypeAhead() {
        assertThat(ChineseWords.starts("电子政务应用")).containsExactly(0, 2, 4);
    }
}
