package org.egovarchive.query.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CorrectionTest {

    @Test
    void aWrongCharacterIsFoundInATitle() {
        Correction.Match match = Correction.byCharacters("电子政物", "电子政务应用动员会发言");

        assertThat(match.text()).isEqualTo("电子政务");
        assertThat(match.distance()).isEqualTo(0.5);
    }

    @Test
    void aHomophoneCostsLessThanAnotherCharacter() {
        assertThat(Correction.byCharacters("电子正务", "电子政务").distance())
                .isLessThan(Correction.byCharacters("电子丁务", "电子政务").distance());
    }

    @Test
    void aMistypedPinyinFindsTheCharacters() {
        Correction.Match match = Correction.byPinyin("dianzizhengwo", "关于电子政务的通知");

        assertThat(match.text()).isEqualTo("电子政务");
        assertThat(match.distance()).isEqualTo(1);
    }

    @Test
    void pinyinMatchesWholeSyllablesOnly() {
        assertThat(Correction.byPinyin("zhengwu", "电子政务").text()).isEqualTo("政务");
    }
}
