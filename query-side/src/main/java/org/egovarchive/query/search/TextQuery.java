package org.egovarchive.query.search;

import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

import java.util.List;

/**
 * The relevance part of a search. Every term must match in one of its forms; within a form, the
 * exact sequence of characters (a phrase on the character fields) weighs most, the term's words
 * found apart (the HanLP word fields) less, its character pairs anywhere least — so 电子政务 written
 * together outranks 电子 … 政务, and characters scattered across other words do not match at all.
 * Title matches weigh more than body matches; synonyms a little less than the citizen's own words.
 */
final class TextQuery {

    private static final float SYNONYM = 0.8f;

    private TextQuery() {
    }

    static BoolQuery.Builder into(BoolQuery.Builder bool, QueryText text) {
        for (QueryText.Term term : text.terms()) {
            bool.must(m -> m.bool(t -> {
                forms(t, term);
                return t.minimumShouldMatch("1");
            }));
        }
        if (text.terms().size() > 1) {
            String phrase = String.join(" ", text.terms().stream().map(QueryText.Term::text).toList());
            bool.should(s -> s.matchPhrase(p -> p.field("titleNorm").query(phrase).boost(5f)));
            bool.should(s -> s.matchPhrase(p -> p.field("bodyNorm").query(phrase).boost(1f)));
            List<String> syllables = text.syllables();
            if (!syllables.isEmpty()) {
                bool.should(s -> s.matchPhrase(p -> p.field("titlePinyin").query(String.join(" ", syllables)).boost(3f)));
            }
        }
        return bool;
    }

    private static void forms(BoolQuery.Builder bool, QueryText.Term term) {
        form(bool, term.text(), term.words(), 1f);
        term.synonyms().forEach(synonym -> form(bool, synonym, ChineseWords.forQuery(synonym), SYNONYM));
        if (!term.syllables().isEmpty()) {
            String syllables = String.join(" ", term.syllables());
            bool.should(s -> s.matchPhrase(p -> p.field("titlePinyin").query(syllables).boost(4f)));
        }
    }

    private static void form(BoolQuery.Builder bool, String text, List<String> textWords, float weight) {
        bool.should(phrase("titleNorm", text, 6f * weight));
        bool.should(phrase("bodyNorm", text, 2f * weight));
        String words = String.join(" ", textWords);
        if (!words.isEmpty()) {
            bool.should(all("titleWords", words, 2f * weight));
            bool.should(all("bodyWords", words, 1f * weight));
        }
        bool.should(all("titleNorm.bigram", text, 0.5f * weight));
        bool.should(all("bodyNorm.bigram", text, 0.2f * weight));
    }

    private static Query phrase(String field, String text, float boost) {
        return Query.of(q -> q.matchPhrase(p -> p.field(field).query(text).boost(boost)));
    }

    private static Query all(String field, String text, float boost) {
        return Query.of(q -> q.match(p -> p.field(field).query(text).operator(Operator.And).boost(boost)));
    }
}
