package org.egovarchive.query.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HighlighterTest {

    @Test
    void marksTheDocumentsOwnScript() {
        String html = Highlighter.full("推進電子政務建設", new String[]{"电子政务"});

        assertThat(html).isEqualTo("推進<em>電子政務</em>建設");
    }

    @Test
    void escapesEverythingButTheMarks() {
        String html = Highlighter.full("<script>alert(1)</script>\"><img onerror=x> 政务", new String[]{"政务"});

        assertThat(html).doesNotContain("<script>").doesNotContain("<img")
                .contains("&lt;script&gt;").contains("<em>政务</em>");
    }

    @Test
    void leavesPinyinMarksReadable() {
        assertThat(Highlighter.full("政務(wù)", new String[]{"政务"})).isEqualTo("<em>政務</em>(wù)");
    }

    @Test
    void snippetStartsNearTheFirstMatch() {
        String text = "甲".repeat(200) + "电子政务" + "乙".repeat(200);

        String snippet = Highlighter.snippet(text, new String[]{"电子政务"}, 60);

        assertThat(snippet).startsWith("…").endsWith("…").contains("<em>电子政务</em>");
    }

    @Test
    void snippetWithoutMatchIsTheStart() {
        assertThat(Highlighter.snippet("一二三四五", new String[]{"七"}, 3)).isEqualTo("一二三…");
    }
}
