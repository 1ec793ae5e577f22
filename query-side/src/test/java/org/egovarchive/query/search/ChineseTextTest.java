package org.egovarchive.query.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseTextTest {

    @Test
    void foldsTraditionalToSimplified() {
        assertThat(ChineseText.fold("電子政務")).isEqualTo("电子政务");
        assertThat(ChineseText.fold("电子政务")).isEqualTo("电子政务");
    }

    @Test
    void foldsFullWidthAndCase() {
        assertThat(ChineseText.fold("ＥＧＯＶ２０２６")).isEqualTo("egov2026");
    }

    @Test
    void dropsPinyinAnnotationsAfterACharacter() {
        assertThat(ChineseText.fold("電子政務(wù)應(yīng)用")).isEqualTo("电子政务应用");
    }

    @Test
    void keepsParenthesesThatAreNotPinyin() {
        assertThat(ChineseText.fold("通知(2024)")).isEqualTo("通知(2024)");
    }

    @Test
    void everyFoldedCharacterKnowsItsOrigin() {
        String original = "導(dǎo)語:電子政務(wù)應(yīng)用";
        NormalizedText text = ChineseText.normalize(original);

        int at = text.folded().indexOf("应用");

        assertThat(original.substring(text.originalStart(at), text.originalEnd(at + 2, original))).isEqualTo("應(yīng)用");
    }
}
