package org.egovarchive.command.document;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClassificationMarkingsTest {

    /** Running text of a security-minded government: the level words appear, but not as markings. */
    private static final List<String> ORDINARY = List.of(
            "各部门要切实做好保密工作。", "严防国家秘密泄露。", "机密文件的管理要符合规定。", "涉及商业秘密的内容不予公开。",
            "绝密级档案由专人保管，", "电子政务建设取得明显效果", "加强网络和信息安全", "推进政务公开", "秘密地进行调研是不允许的",
            "2026年工作要点", "一、务必学好技术", "（一）总体要求", "附件：名单", "市信息中心", "\n", "\n\n");

    @ParameterizedTest
    @ValueSource(strings = {"机密★1年\n关于某事项的通知", "秘密★\n正文", "绝密★长期\n正文", "正文\n\n密级：机密\n",
            "【秘密】关于……", "機密★6個月\n正文", "秘密\n关于加强管理的通知", "祕密☆3年 正文", "正文（密级: 绝密）"})
    void findsMarkingsWhereMarkingsStand(String body) {
        assertThat(ClassificationMarkings.scan("通知", body)).isNotEmpty();
    }

    @Test
    void findsAMarkingInTheTitle() {
        assertThat(ClassificationMarkings.scan("机密★1年 关于某事项的通知", "正文")).containsExactly("机密★1年 (title)");
        assertThat(ClassificationMarkings.scan("【绝密】会议纪要", "正文")).isNotEmpty();
    }

    @Test
    void findsFullWidthStarsAndSpaces() {
        assertThat(ClassificationMarkings.scan("通知", "机密　＊　１年")).isNotEmpty();
    }

    @Test
    void theSeedSpeechCarriesNone() {
        String speech = org.egovarchive.command.demo.DemoDataAccess.speech();
        assertThat(speech).contains("涉密").contains("泄密");

        assertThat(ClassificationMarkings.scan("电子政务应用动员会发言", speech)).isEmpty();
    }

    @Test
    void aTextFullOfMarkingsGivesABoundedListEndingWithHowManyMore() {
        List<String> findings = ClassificationMarkings.scan("通知", "机密★\n".repeat(1000));

        assertThat(findings).hasSize(ClassificationMarkings.MAX_FINDINGS + 1)
                .startsWith("机密★ (body, line 1)", "机密★ (body, line 2)")
                .endsWith("… and 990 more");
    }

    @Test
    void aRunawayMarkingIsQuotedShortWithItsSpacesFolded() {
        String marking = "机密" + " \t".repeat(5000) + "★" + "1".repeat(10_000) + "年";

        assertThat(ClassificationMarkings.scan("通知", "正文\n" + marking))
                .containsExactly("机密 ★" + "1".repeat(ClassificationMarkings.MAX_MARKING - 5) + "… (body, line 2)");
    }

    @Test
    void theSameMarkingTwiceOnALineIsOneFinding() {
        assertThat(ClassificationMarkings.scan("通知", "正文 秘密★ 与 秘密★")).containsExactly("秘密★ (body, line 1)");
    }

    @Property(tries = 500)
    void ordinaryTextIsNeverTakenForAMarking(@ForAll("ordinaryText") String text) {
        assertThat(ClassificationMarkings.scan(text.length() > 30 ? text.substring(0, 30) : text, text)).isEmpty();
    }

    @Property(tries = 500)
    void aMarkingAtTheHeadIsAlwaysFound(@ForAll("ordinaryText") String text, @ForAll("marking") String marking) {
        assertThat(ClassificationMarkings.scan("通知", marking + "\n" + text)).isNotEmpty();
    }

    @Provide
    Arbitrary<String> ordinaryText() {
        return Arbitraries.of(ORDINARY).list().ofMinSize(1).ofMaxSize(30).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> marking() {
        Arbitrary<String> level = Arbitraries.of("绝密", "机密", "秘密", "絕密", "機密", "祕密");
        Arbitrary<String> star = Arbitraries.of("★", "☆", "*", "＊");
        Arbitrary<String> period = Arbitraries.of("", "1年", "6个月", "长期", "10年", " 3年");
        return Combinators.combine(level, star, period).as((l, s, p) -> l + s + p);
    }
}
