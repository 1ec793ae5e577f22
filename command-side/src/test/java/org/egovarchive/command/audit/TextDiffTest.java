package org.egovarchive.command.audit;

import org.egovarchive.command.audit.TextDiff.Line;
import org.egovarchive.command.audit.TextDiff.Op;
import org.egovarchive.command.audit.TextDiff.Segment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextDiffTest {

    @Test
    void aChangedCharacterInALineIsMarkedAsThatCharacter() {
        TextDiff.Result diff = TextDiff.of("题", "第一段。\n推进电子政务建设。\n第三段。", "题", "第一段。\n推进数字政府建设。\n第三段。");

        assertThat(diff.lines()).extracting(Line::op).containsExactly(Op.EQUAL, Op.CHANGE, Op.EQUAL);
        assertThat(diff.lines().get(1).segments()).containsExactly(new Segment(Op.EQUAL, "推进"),
                new Segment(Op.DELETE, "电子政务"), new Segment(Op.INSERT, "数字政府"), new Segment(Op.EQUAL, "建设。"));
        assertThat(diff.changed()).isEqualTo(1);
        assertThat(diff.title()).containsExactly(new Segment(Op.EQUAL, "题"));
    }

    @Test
    void insertedAndDeletedLinesKeepTheirLineNumbersOnTheirSide() {
        TextDiff.Result diff = TextDiff.of("t", "一\n二\n三", "t", "一\n三\n四");

        assertThat(diff.lines()).containsExactly(
                new Line(Op.EQUAL, 1, 1, List.of(new Segment(Op.EQUAL, "一"))),
                new Line(Op.DELETE, 2, null, List.of(new Segment(Op.DELETE, "二"))),
                new Line(Op.EQUAL, 3, 2, List.of(new Segment(Op.EQUAL, "三"))),
                new Line(Op.INSERT, null, 3, List.of(new Segment(Op.INSERT, "四"))));
        assertThat(diff.inserted()).isEqualTo(1);
        assertThat(diff.deleted()).isEqualTo(1);
    }

    @Test
    void charactersOutsideTheBasicPlaneAreNeverSplit() {
        List<Segment> segments = TextDiff.inline("𠀀甲", "𠀁甲");

        assertThat(segments).containsExactly(new Segment(Op.DELETE, "𠀀"), new Segment(Op.INSERT, "𠀁"),
                new Segment(Op.EQUAL, "甲"));
    }

    @Test
    void markupIsTextLikeAnyOther() {
        TextDiff.Result diff = TextDiff.of("<b>", "a", "<script>alert(1)</script>", "a");

        assertThat(diff.title()).containsExactly(new Segment(Op.EQUAL, "<"), new Segment(Op.DELETE, "b>"),
                new Segment(Op.INSERT, "script>alert(1)</script>"));
    }

    @Test
    void aLongerCommonRunBetweenChangesStaysCommon() {
        assertThat(TextDiff.inline("甲乙丙丁戊", "子乙丙丁亥")).containsExactly(new Segment(Op.DELETE, "甲"),
                new Segment(Op.INSERT, "子"), new Segment(Op.EQUAL, "乙丙丁"), new Segment(Op.DELETE, "戊"),
                new Segment(Op.INSERT, "亥"));
    }

    @Test
    void veryLongLinesAreComparedWhole() {
        String before = "甲".repeat(TextDiff.INLINE_LIMIT + 1);
        String after = before + "乙";

        assertThat(TextDiff.inline(before, after)).containsExactly(new Segment(Op.DELETE, before), new Segment(Op.INSERT, after));
    }

    @Test
    void identicalVersionsAreAllEqual() {
        TextDiff.Result diff = TextDiff.of("t", "一\n二", "t", "一\n二");

        assertThat(diff.lines()).extracting(Line::op).containsOnly(Op.EQUAL);
        assertThat(diff.inserted() + diff.deleted() + diff.changed()).isZero();
    }
}
