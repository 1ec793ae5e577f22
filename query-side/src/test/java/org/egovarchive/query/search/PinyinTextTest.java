package org.egovarchive.query.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PinyinTextTest {

    @Test
    void titlesAreIndexedAsTonelessSyllables() {
        assertThat(PinyinText.forIndex("电子政务应用")).isEqualTo("dian zi zheng wu ying yong");
    }

    @Test
    void lettersAndDigitsStayWhole() {
        assertThat(PinyinText.forIndex("egov2026年,政务")).isEqualTo("egov2026 nian zheng wu");
    }

    @Test
    void aQueryIsCutIntoTheFewestSyllables() {
        assertThat(PinyinText.syllables("dianzizhengwu")).contains(List.of("dian", "zi", "zheng", "wu"));
        assertThat(PinyinText.syllables("dianzi")).contains(List.of("dian", "zi"));
    }

    @Test
    void tonesAreDropped() {
        assertThat(PinyinText.syllables("diànzǐ")).contains(List.of("dian", "zi"));
        assertThat(PinyinText.syllables("lǜsè")).contains(List.of("lv", "se"));
    }

    @Test
    void wordsThatAreNotPinyinAreNotTakenForIt() {
        assertThat(PinyinText.syllables("egov")).isEqualTo(Optional.empty());
        assertThat(PinyinText.syllables("电子")).isEqualTo(Optional.empty());
        assertThat(PinyinText.syllables("2026")).isEqualTo(Optional.empty());
    }

    @Test
    void findsTheCharactersAPinyinQueryStandsFor() {
        assertThat(PinyinText.findHan("推进电子政务建设", List.of("zheng", "wu"))).containsExactly("政务");
    }

    @Test
    void initialsForTypeAhead() {
        assertThat(PinyinText.initials("电子政务")).isEqualTo("dzzw");
    }
}
