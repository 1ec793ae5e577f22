package org.egovarchive.query.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SynonymsTest {

    private final Synonyms synonyms = new Synonyms(List.of(
            List.of("政务公开", "信息公开", "政府信息公开"),
            List.of("社保", "社會保險")));

    @Test
    void aWordOfAGroupBringsTheOthers() {
        assertThat(synonyms.alternatives("政务公开")).containsExactly("信息公开", "政府信息公开");
    }

    @Test
    void theLongestContainedWordIsReplaced() {
        assertThat(synonyms.alternatives("政府信息公开")).containsExactly("政务公开", "信息公开");
    }

    @Test
    void aWordInsideATermIsReplacedInPlace() {
        assertThat(synonyms.alternatives("社保缴费")).containsExactly("社会保险缴费");
    }

    @Test
    void configuredWordsAreFolded() {
        assertThat(synonyms.alternatives("社会保险")).containsExactly("社保");
    }

    @Test
    void otherWordsHaveNone() {
        assertThat(synonyms.alternatives("电子政务")).isEmpty();
    }
}
