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

    /** One term: its folded text, its synonyms, and its pinyin syllables (empty if it is not pinyin). */
    public record Term(String text, List<String> synonyms, List<String> syllables, List<String> words) {

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
            List<String> alternatives = synonyms.alternatives(text);
            terms.add(new Term(text, alternatives, PinyinText.syllables(text).orElse(List.of()), markableWords(text, alternatives)));
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

    /** Texts to mark in a hit: every form of every term, plus what its pinyin stands for in the hit's title. */
    public String[] highlights(String foldedTitle) {
        Set<String> marks = new LinkedHashSet<>();
        for (Term term : terms) {
            marks.addAll(term.forms());
            marks.addAll(term.words());
            if (!term.syllables().isEmpty()) {
                marks.addAll(PinyinText.findHan(foldedTitle, term.syllables()));
            }
        }
        return marks.toArray(String[]::new);
    }

    /**
     * The words of a term and its synonyms that a hit may hold apart (政务公开考核 matches 政务公开工作考核
     * by its words): of two characters or more, so single function words are not marked everywhere.
     */
    private static List<String> markableWords(String text, List<String> synonyms) {
        Set<String> words = new LinkedHashSet<>();
        for (String form : synonyms.isEmpty() ? List.of(text) : concat(text, synonyms)) {
            List<String> split = ChineseWords.forQuery(form);
            if (split.size() > 1) {
                split.stream().filter(w -> w.codePointCount(0, w.length()) >= 2).forEach(words::add);
            }
        }
        return List.copyOf(words);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
