package org.egovarchive.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.egovarchive.query.elastic.ReadModel;
import org.egovarchive.query.search.PublicDocument;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * "Did you mean": when a query finds nothing, fetch titles that share a character pair or the
 * pinyin with it, take the stretch of a title closest to each term ({@link Correction}), and offer
 * the corrected query if it finds something within the same filters. Only zero-hit queries pay for
 * this.
 */
@Component
public class Corrector {

    private static final int CANDIDATES = 20;

    private final ElasticsearchClient client;
    private final Synonyms synonyms;

    public Corrector(ElasticsearchClient client, Synonyms synonyms) {
        this.client = client;
        this.synonyms = synonyms;
    }

    /** A correction of {@code query} for which {@code finds} holds (the caller knows the filters the citizen chose). */
    public Optional<String> suggest(QueryText query, Predicate<QueryText> finds) {
        if (query.isEmpty()) {
            return Optional.empty();
        }
        List<String> titles = candidates(query);
        List<String> corrected = new ArrayList<>();
        for (QueryText.Term term : query.terms()) {
            corrected.add(closest(term, titles).orElse(term.text()));
        }
        String suggestion = String.join(" ", corrected);
        if (suggestion.equals(query.key()) || !finds.test(QueryText.of(suggestion, synonyms))) {
            return Optional.empty();
        }
        return Optional.of(suggestion);
    }

    private static Optional<String> closest(QueryText.Term term, List<String> titles) {
        String text = term.text();
        boolean pinyin = !term.syllables().isEmpty();
        String letters = PinyinText.toneless(text);
        Correction.Match best = null;
        for (String title : titles) {
            Correction.Match match = pinyin ? Correction.byPinyin(letters, title) : Correction.byCharacters(text, title);
            if (best == null || match.distance() < best.distance()) {
                best = match;
            }
        }
        if (best == null || best.text().length() < 2) {
            return Optional.empty();
        }
        double allowed = pinyin ? (letters.length() <= 6 ? 1 : 2) : Math.max(1, text.length() / 4);
        boolean near = pinyin ? letters.length() >= 4 && best.distance() <= allowed
                : text.length() >= 2 && best.distance() > 0 && best.distance() <= allowed;
        return near ? Optional.of(best.text()) : Optional.empty();
    }

    private List<String> candidates(QueryText query) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        for (QueryText.Term term : query.terms()) {
            if (!term.syllables().isEmpty()) {
                bool.should(s -> s.match(m -> m.field("titlePinyin").query(String.join(" ", term.syllables()))
                        .fuzziness("AUTO").minimumShouldMatch("50%")));
            } else {
                bool.should(s -> s.match(m -> m.field("titleNorm.bigram").query(term.text())));
                String sounds = PinyinText.forIndex(term.text());
                if (!sounds.isEmpty()) {
                    bool.should(s -> s.matchPhrase(m -> m.field("titlePinyin").query(sounds)));
                }
            }
        }
        try {
            SearchResponse<PublicDocument> response = client.search(s -> s.index(ReadModel.PUBLIC_DOCUMENTS.alias())
                    .query(q -> q.bool(bool.minimumShouldMatch("1").build())).size(CANDIDATES)
                    .source(src -> src.filter(f -> f.includes("titleNorm"))), PublicDocument.class);
            return response.hits().hits().stream().map(Hit::source).filter(Objects::nonNull)
                    .map(PublicDocument::titleNorm).filter(Objects::nonNull).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("search backend unreachable", e);
        }
    }
}
