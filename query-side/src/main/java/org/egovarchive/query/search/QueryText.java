package org.egovarchive.query.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A citizen's words made ready for the index: folded, split into terms (each must match), and for
 * each term the other forms it may take — synonyms, and its syllables if it is pinyin.
 *
 * @param key   the normalised query (terms joined by a space): what best bets and analytics are keyed by
 * @param terms the terms, at most {@link #MAX_TERMS}
 */
public record QueryText(String key, List<Term> terms) {

    static final int MAX_TERMS = 8;

    /**
     * One term: its folded text, its synonyms, its pinyin syllables (empty if it is not pinyin) and its words
     * (segmented once, for the query and the highlights alike).
     */
    public record Term(String text, List<String> synonyms, List<String> syllables, List<String> words) {

        /**
         * The words a hit may hold apart (政务公开考核 matches 政务公开工作考核 by its words), if the term has
         * several: of two characters or more, so single function words are not marked everywhere.
         */
        List<String> markableWords() {
            return words.size() < 2 ? List.of()
                    : words.stream().filter(w -> w.codePointCount(0, w.length()) >= 2).distinct().toList();
        }

        /** Every text form of the term: itself and its synonyms. */
        public List<String> forms() {
            List<String> forms = new ArrayList<>(synonyms.size() + 1);
            forms.add(text);
            forms.addAll(synonyms);
            return forms;
        }
    }

    public static QueryText of(String q, Synonyms synonyms) {
        String folded = q == null ? "" : ChineseText.fold(q);
        List<Term> terms = new ArrayList<>();
        for (String text : ChineseText.terms(folded, MAX_TERMS)) {
            terms.add(new Term(text, synonyms.alternatives(text), PinyinText.syllables(text).orElse(List.of()),
                    ChineseWords.forQuery(text)));
        }
        return new QueryText(String.join(" ", terms.stream().map(Term::text).toList()), List.copyOf(terms));
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** The syllables of the whole query, if every term is pinyin. */
    public List<String> syllables() {
        List<String> all = new ArrayList<>();
        for (Term term : terms) {
            if (term.syllables().isEmpty()) {
                return List.of();
            }
            all.addAll(term.syllables());
        }
        return all;
    }

    /**
     * What to mark in a hit, in groups: a group is marked only in a text that holds every one of its members.
     * Every form of every term is a group of its own, and so is what its pinyin stands for in the hit's
     * title; a term's words form one group (政务公开考核 marks 政务公开 … 考核 where both stand apart, but
     * not 交通 alone for 轨道交通).
     */
    public List<List<String>> highlights(String foldedTitle) {
        Set<List<String>> marks = new LinkedHashSet<>();
        for (Term term : terms) {
            term.forms().forEach(form -> marks.add(List.of(form)));
            List<String> words = term.markableWords();
            if (!words.isEmpty()) {
                marks.add(words);
            }
            if (!term.syllables().isEmpty()) {
                PinyinText.findHan(foldedTitle, term.syllables()).forEach(han -> marks.add(List.of(han)));
            }
        }
        return List.copyOf(marks);
    }
}
