package org.egovarchive.query.search;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.egovarchive.query.search.PublicDocument;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Turns Elasticsearch's answer into {@link SearchResult}: highlights in the document's own script, labelled facets. */
final class SearchResults {

    private static final int SNIPPET_LENGTH = 120;

    private SearchResults() {
    }

    static SearchResult of(SearchQuery query, QueryText text, SearchResponse<PublicDocument> response,
                           List<PublicDocument> pinned) {
        List<SearchResult.Hit> hits = response.hits().hits().stream().map(Hit::source).filter(Objects::nonNull)
                .map(doc -> hit(doc, text, false)).toList();
        Map<String, List<SearchResult.Bucket>> facets = new LinkedHashMap<>();
        for (String name : SearchService.FACETS) {
            facets.put(name, buckets(name, response.aggregations().get(name)));
        }
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        List<SearchResult.Hit> bestBets = pinned.stream().map(doc -> hit(doc, text, true)).toList();
        return new SearchResult(total, query.page(), query.size(), hits, facets, null, bestBets);
    }

    private static SearchResult.Hit hit(PublicDocument doc, QueryText text, boolean pinned) {
        List<List<String>> marks = text.highlights(ChineseText.fold(doc.title()));
        return new SearchResult.Hit(doc.id(), doc.title(), Highlighter.full(doc.title(), marks),
                Highlighter.snippet(doc.body(), marks, SNIPPET_LENGTH), doc.department(), doc.departmentName(),
                doc.channel(), doc.docType(), docTypeLabel(doc.docType()), doc.publishedAt(), doc.url(), pinned);
    }

    private static String docTypeLabel(String docType) {
        return FacetLabels.label("docType", docType);
    }

    private static List<SearchResult.Bucket> buckets(String facet, Aggregate aggregate) {
        if (aggregate == null) {
            return List.of();
        }
        if (aggregate.isSterms()) {
            return aggregate.sterms().buckets().array().stream()
                    .map(b -> bucket(facet, b.key().stringValue(), b.docCount())).toList();
        }
        if (aggregate.isLterms()) {
            return aggregate.lterms().buckets().array().stream()
                    .map(b -> bucket(facet, String.valueOf(b.key()), b.docCount())).toList();
        }
        return List.of();
    }

    private static SearchResult.Bucket bucket(String facet, String key, long count) {
        return new SearchResult.Bucket(key, FacetLabels.label(facet, key), count);
    }
}
