package org.egovarchive.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.egovarchive.query.elastic.ReadModel;
import org.egovarchive.query.projection.PublicDocument;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a public search against {@code public-documents}. The query is folded like the documents
 * were; each word must match, as a phrase (ranked first) or as its character pairs; highlights are
 * computed on the document's own text.
 */
@Service
public class SearchService {

    static final List<String> FACETS = List.of("department", "channel", "docType", "year");
    private static final ZoneId SITE_ZONE = ZoneId.of("Asia/Shanghai");
    private static final int MAX_TERMS = 8;
    private static final int SNIPPET_LENGTH = 120;

    private final ElasticsearchClient client;

    public SearchService(ElasticsearchClient client) {
        this.client = client;
    }

    public SearchResult search(SearchQuery query) {
        String folded = query.hasText() ? ChineseText.fold(query.q()) : "";
        String[] terms = ChineseText.terms(folded, MAX_TERMS);
        try {
            SearchResponse<PublicDocument> response = client.search(s -> {
                s.index(ReadModel.PUBLIC_DOCUMENTS.alias())
                        .query(q -> q.bool(b -> filtered(text(b, terms, folded), query)))
                        .from(query.offset())
                        .size(query.size())
                        .trackTotalHits(t -> t.enabled(true))
                        .source(src -> src.filter(f -> f.excludes("titleNorm", "bodyNorm")))
                        .aggregations(facets());
                if (query.order() == SearchQuery.Order.DATE || terms.length == 0) {
                    s.sort(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Desc)));
                } else {
                    s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                            .sort(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Desc)));
                }
                return s;
            }, PublicDocument.class);
            return result(query, response, terms);
        } catch (IOException e) {
            throw new UncheckedIOException("search backend unreachable", e);
        }
    }

    private static BoolQuery.Builder text(BoolQuery.Builder bool, String[] terms, String phrase) {
        for (String term : terms) {
            bool.must(m -> m.bool(t -> t
                    .should(s -> s.matchPhrase(p -> p.field("titleNorm").query(term).boost(3f)))
                    .should(s -> s.matchPhrase(p -> p.field("bodyNorm").query(term)))
                    .should(s -> s.match(p -> p.field("titleNorm.bigram").query(term).operator(Operator.And).boost(0.5f)))
                    .should(s -> s.match(p -> p.field("bodyNorm.bigram").query(term).operator(Operator.And).boost(0.2f)))
                    .minimumShouldMatch("1")));
        }
        if (terms.length > 1) {
            bool.should(s -> s.matchPhrase(p -> p.field("titleNorm").query(phrase).boost(5f)));
        }
        return bool;
    }

    private static BoolQuery.Builder filtered(BoolQuery.Builder bool, SearchQuery query) {
        term(bool, "department", query.department());
        term(bool, "channel", query.channel());
        term(bool, "docType", query.docType());
        if (query.year() != null) {
            bool.filter(f -> f.term(t -> t.field("year").value(query.year())));
        }
        if (query.from() != null || query.to() != null) {
            bool.filter(f -> f.range(r -> r.date(d -> {
                d.field("publishedAt");
                if (query.from() != null) {
                    d.gte(query.from().atStartOfDay(SITE_ZONE).toInstant().toString());
                }
                if (query.to() != null) {
                    d.lt(query.to().plusDays(1).atStartOfDay(SITE_ZONE).toInstant().toString());
                }
                return d;
            })));
        }
        return bool;
    }

    private static void term(BoolQuery.Builder bool, String field, String value) {
        if (value != null && !value.isBlank()) {
            bool.filter(f -> f.term(t -> t.field(field).value(FieldValue.of(value))));
        }
    }

    private static Map<String, Aggregation> facets() {
        Map<String, Aggregation> aggs = new LinkedHashMap<>();
        FACETS.forEach(field -> aggs.put(field, Aggregation.of(a -> a.terms(t -> t.field(field).size(30)))));
        return aggs;
    }

    private static SearchResult result(SearchQuery query, SearchResponse<PublicDocument> response, String[] terms) {
        List<SearchResult.Hit> hits = response.hits().hits().stream()
                .map(Hit::source)
                .map(doc -> new SearchResult.Hit(doc.id(), doc.title(), Highlighter.snippet(doc.body(), terms, SNIPPET_LENGTH),
                        doc.department(), doc.departmentName(), doc.channel(), doc.docType(), doc.publishedAt(), doc.url()))
                .toList();
        Map<String, List<SearchResult.Bucket>> facets = new LinkedHashMap<>();
        for (String name : FACETS) {
            facets.put(name, buckets(response.aggregations().get(name)));
        }
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new SearchResult(total, query.page(), query.size(), hits, facets, null);
    }

    private static List<SearchResult.Bucket> buckets(Aggregate aggregate) {
        if (aggregate == null) {
            return List.of();
        }
        if (aggregate.isSterms()) {
            return aggregate.sterms().buckets().array().stream()
                    .map(b -> new SearchResult.Bucket(b.key().stringValue(), b.docCount())).toList();
        }
        if (aggregate.isLterms()) {
            return aggregate.lterms().buckets().array().stream()
                    .map(b -> new SearchResult.Bucket(String.valueOf(b.key()), b.docCount())).toList();
        }
        return List.of();
    }
}
