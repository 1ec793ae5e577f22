package org.egovarchive.query.search;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the public index holds of a document's text besides the text itself, all derived here with
 * the same code the queries go through: the folded text (character fields), its HanLP words, the
 * title's pinyin, and the type-ahead inputs.
 */
public record IndexText(String titleNorm, String bodyNorm, String titleWords, String bodyWords, String titlePinyin,
                        Completion suggest) {

    /** Fields only for matching, never shown: searches leave them out of what they fetch. */
    public static final List<String> INDEX_ONLY_FIELDS =
            List.of("titleNorm", "bodyNorm", "titleWords", "bodyWords", "titlePinyin", "suggest");

    /** Most type-ahead inputs per document: one per word start, in characters and in pinyin, is plenty. */
    private static final int MAX_INPUTS = 16;

    /**
     * Inputs of a completion field, all folded: the title, the title from each later word on (so 政务
     * finds 电子政务…), and the same in pinyin and initials. Newer documents weigh more.
     */
    public record Completion(List<String> input, int weight) {
    }

    public static IndexText of(String title, String body, Instant publishedAt) {
        String titleNorm = ChineseText.fold(title);
        String bodyNorm = ChineseText.fold(body);
        return new IndexText(titleNorm, bodyNorm, ChineseWords.forIndex(titleNorm), ChineseWords.forIndex(bodyNorm),
                PinyinText.forIndex(titleNorm), completion(titleNorm, publishedAt));
    }

    private static Completion completion(String titleNorm, Instant publishedAt) {
        Set<String> inputs = new LinkedHashSet<>();
        inputs.add(titleNorm.strip());
        inputs.add(TypeAhead.compact(PinyinText.forIndex(titleNorm)));
        inputs.add(PinyinText.initials(titleNorm));
        for (int start : ChineseWords.starts(titleNorm)) {
            if (start > 0 && inputs.size() < MAX_INPUTS) {
                String rest = titleNorm.substring(start).strip();
                inputs.add(rest);
                inputs.add(TypeAhead.compact(PinyinText.forIndex(rest)));
            }
        }
        inputs.removeIf(String::isEmpty);
        int days = (int) Math.max(0, publishedAt.getEpochSecond() / 86_400);
        return new Completion(List.copyOf(inputs), days);
    }
}
