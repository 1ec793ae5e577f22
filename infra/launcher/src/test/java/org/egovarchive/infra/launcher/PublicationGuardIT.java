package org.egovarchive.infra.launcher;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.egovarchive.infra.stack.junit.LocalStackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.egovarchive.infra.launcher.Workflow.*;

/**
 * 涉密不上网, as a property over generated documents: whatever their classification and text, only
 * PUBLIC documents without a classification marking ever reach {@code public-documents} — checked in
 * Elasticsearch itself, not through the application. The oracle is the generator's own knowledge of
 * what it put in, never the application's marking detector; the ordinary text is full of words such
 * as 保密工作 and 国家秘密 that must not be taken for markings. Each run draws new documents
 * (jqwik's samples); a failure names the document that broke the property.
 */
@ExtendWith({LocalStackExtension.class, RunningApps.class})
class PublicationGuardIT {

    private static final int DOCUMENTS = 40;
    private static final List<String> ORDINARY = List.of("各部门要切实做好保密工作。", "严防国家秘密泄露，", "机密文件的管理要规范。",
            "涉及商业秘密的内容依法不予公开。", "推进电子政务建设，", "提高行政效率。", "一、总体要求\n", "（一）加强领导\n", "\n");

    /** One generated document and what the generator knows about it. */
    record Generated(String classification, String marking, boolean markingInTitle, String text) {
        boolean publishable() {
            return classification.equals("PUBLIC") && marking.isEmpty();
        }

        String title(int n) {
            return (markingInTitle ? marking + " " : "") + "生成文件" + n;
        }

        String body() {
            return markingInTitle || marking.isEmpty() ? text : marking + "\n" + text;
        }
    }

    @Test
    void noClassifiedOrMarkedDocumentEverReachesThePublicIndex() {
        List<Generated> documents = generated().sampleStream().limit(DOCUMENTS).toList();
        String infoCenterSeal = infoCenterSeal();
        assertThat(infoCenterSeal).isNotNull();

        List<String> ids = IntStream.range(0, DOCUMENTS).mapToObj(i -> {
            Generated g = documents.get(i);
            String id = draft(g.title(i), g.body(), g.classification());
            signOffAndSeal(id);
            assertThat(publish(id).status()).as("document %s", g).isEqualTo(g.publishable() ? 200 : 422);
            return id;
        }).toList();

        await().atMost(Duration.ofSeconds(60)).until(() -> IntStream.range(0, DOCUMENTS).allMatch(i ->
                elasticsearch("/documents-admin/_doc/" + ids.get(i)).json().at("/_source/version").asLong()
                        == 4));
        for (int i = 0; i < DOCUMENTS; i++) {
            int status = elasticsearch("/public-documents/_doc/" + ids.get(i)).status();
            assertThat(status).as("document %s", documents.get(i))
                    .isEqualTo(documents.get(i).publishable() ? 200 : 404);
        }
        Http.Response classifiedOnline = Http.post(LocalStackExtension.endpoints().elasticsearchUrl()
                + "/public-documents/_count", null, "{\"query\": {\"bool\": {\"must_not\": {\"term\": {\"classification\": \"PUBLIC\"}}}}}");
        assertThat(classifiedOnline.json().get("count").asLong()).isZero();
    }

    private static Arbitrary<Generated> generated() {
        Arbitrary<String> classification = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.just("PUBLIC")),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("INTERNAL", "SECRET", "CONFIDENTIAL", "TOP_SECRET")));
        Arbitrary<String> marking = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.just("")),
                net.jqwik.api.Tuple.of(1, Combinators.combine(Arbitraries.of("绝密", "机密", "秘密", "機密", "絕密"),
                        Arbitraries.of("★", "☆"), Arbitraries.of("", "1年", "6个月", "长期")).as((l, s, p) -> l + s + p)));
        Arbitrary<String> text = Arbitraries.of(ORDINARY).list().ofMinSize(1).ofMaxSize(12).map(parts -> "正文：" + String.join("", parts));
        return Combinators.combine(classification, marking, Arbitraries.of(true, false), text).as(Generated::new);
    }
}
