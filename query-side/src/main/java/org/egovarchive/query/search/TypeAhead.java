package org.egovarchive.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.elasticsearch.core.search.FieldSuggester;
import org.egovarchive.query.elastic.ReadModel;
import org.egovarchive.query.search.PublicDocument;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Type-ahead from published titles: Elasticsearch's completion suggester (an in-memory prefix
 * automaton, a few milliseconds) over the inputs {@link IndexText} prepared — folded title, word
 * starts, pinyin and initials. The prefix is folded like a query; pinyin is matched without
 * spaces and tones.
 */
@Service
public class TypeAhead {

    public static final int MAX_SUGGESTIONS = 10;
    /** The completion field keeps the first 50 characters of an input; a longer prefix cannot match. */
    static final int MAX_PREFIX = 50;

    private final ElasticsearchClient client;

    public TypeAhead(ElasticsearchClient client) {
        this.client = client;
    }

    /** A suggestion: the title in its own script, and the document's page. */
    public record Suggestion(String text, String url) {
    }

    /** Without tones or spaces: how pinyin inputs are stored and typed prefixes matched. */
    static String compact(String text) {
        return PinyinText.toneless(text).replaceAll("\\s+", "");
    }

    public List<Suggestion> suggest(String q) {
        String prefix = q == null ? "" : ChineseText.fold(q).strip();
        if (prefix.isEmpty() || prefix.length() > MAX_PREFIX) {
            return List.of();
        }
        Map<String, FieldSuggester> suggesters = new LinkedHashMap<>();
        suggesters.put("text", completion(prefix));
        String compact = compact(prefix);
        if (!compact.equals(prefix) && !compact.isEmpty()) {
            suggesters.put("compact", completion(compact));
        }
        try {
            SearchResponse<PublicDocument> response = client.search(s -> s.index(ReadModel.PUBLIC_DOCUMENTS.alias())
                    .size(0)
                    .source(src -> src.filter(f -> f.includes("title", "url")))
                    .suggest(sg -> sg.suggesters(suggesters)), PublicDocument.class);
            return merge(response);
        } catch (IOException e) {
            throw new UncheckedIOException("search backend unreachable", e);
        }
    }

    private static FieldSuggester completion(String prefix) {
        return FieldSuggester.of(f -> f.prefix(prefix)
                .completion(c -> c.field("suggest").size(MAX_SUGGESTIONS).skipDuplicates(true)));
    }

    /** Options of both suggesters, best first, each document once. */
    private static List<Suggestion> merge(SearchResponse<PublicDocument> response) {
        Map<String, CompletionSuggestOption<PublicDocument>> byId = new LinkedHashMap<>();
        for (var suggestions : response.suggest().values()) {
            for (var suggestion : suggestions) {
                for (CompletionSuggestOption<PublicDocument> option : suggestion.completion().options()) {
                    byId.putIfAbsent(option.id(), option);
                }
            }
        }
        List<Suggestion> out = new ArrayList<>();
        byId.values().stream()
                .sorted((a, b) -> Double.compare(b.score() == null ? 0 : b.score(), a.score() == null ? 0 : a.score()))
                .limit(MAX_SUGGESTIONS)
                .forEach(o -> out.add(new Suggestion(o.source().title(), o.source().url())));
        return out;
    }
}
