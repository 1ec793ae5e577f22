package org.egovarchive.query.search;

import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.tokenizer.IndexTokenizer;
import com.hankcs.hanlp.tokenizer.StandardTokenizer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * HanLP word segmentation of folded text. Documents are cut in index mode (电子政务 also yields
 * 电子 and 政务), queries in standard mode, so a query word is found whether the document's text
 * was cut coarser or finer. Words carry meaning the character fields lack: a document with the word
 * 政务 scores for it, one with 政 and 务 apart does not.
 */
public final class ChineseWords {

    private ChineseWords() {
    }

    /** The words of a document's folded text, space separated, for a whitespace-analysed field. */
    public static String forIndex(String folded) {
        return words(IndexTokenizer.segment(folded)).collect(Collectors.joining(" "));
    }

    /** The distinct words of a folded query term, in order. */
    public static List<String> forQuery(String folded) {
        Set<String> words = words(StandardTokenizer.segment(folded)).collect(Collectors.toCollection(LinkedHashSet::new));
        return List.copyOf(words);
    }

    /** Word boundaries of folded text: the start index of every word (punctuation skipped). */
    static List<Integer> starts(String folded) {
        List<Integer> starts = new ArrayList<>();
        int at = 0;
        for (Term term : StandardTokenizer.segment(folded)) {
            if (isWord(term)) {
                starts.add(at);
            }
            at += term.word.length();
        }
        return starts;
    }

    private static Stream<String> words(List<Term> terms) {
        return terms.stream().filter(ChineseWords::isWord).map(t -> t.word.strip()).filter(w -> !w.isEmpty());
    }

    /** Punctuation (HanLP nature w*) and blanks are no words. */
    private static boolean isWord(Term term) {
        return !term.word.isBlank() && (term.nature == null || !term.nature.startsWith("w"));
    }
}
