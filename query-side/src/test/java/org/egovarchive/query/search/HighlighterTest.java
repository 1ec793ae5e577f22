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

    @Test
    void aLongTextGivesTheSameSnippetWhetherItsMatchIsInTheHeadOrFarBeyondIt() {
        String filler = "各部门要认真落实。".repeat(400);
        String early = "開頭講電子政務。" + filler;
        String late = filler + "末尾講電子政務的應用。" + filler;
        String early1 = Highlighter.snippet(early, new String[]{"电子政务"}, 60);
        assertThat(early1).startsWith("開頭講<em>電子政務</em>").endsWith("…");
        String late1 = Highlighter.snippet(late, new String[]{"电子政务"}, 60);
        assertThat(late1).startsWith("…").contains("末尾講<em>電子政務</em>的應用").endsWith("…");
        // the split match right at the head's cut is still found
        String straddling = "认".repeat(2059 - 2) + "電子政務" + filler;
        assertThat(Highlighter.snippet(straddling, new String[]{"电子政务"}, 60)).contains("<em>電子政務</em>");
        assertThat(Highlighter.snippet(filler, new String[]{"电子政务"}, 60)).doesNotContain("<em>").startsWith("各部门");
    }
}
