package org.egovarchive.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.util.NamedValue;
import org.egovarchive.kernel.calendar.WorkingDayCalendar;
import org.egovarchive.query.elastic.ReadModel;
import org.egovarchive.query.search.PublicDocument;
import org.egovarchive.query.search.analytics.SearchAnalytics;
import org.egovarchive.query.search.bestbets.BestBets;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs a public search against {@code public-documents}: the citizen's words ({@link QueryText},
 * {@link TextQuery}) within the chosen facets and dates, best bets first on page one, a correction
 * when nothing matches, and the query counted for analytics (without waiting for it).
 */
@Service
public class SearchService {

    static final List<String> FACETS = List.of("department", "channel", "docType", "year");
    private static final ZoneId SITE_ZONE = WorkingDayCalendar.ZONE;

    private final ElasticsearchClient client;
    private final Synonyms synonyms;
    private final Corrector corrector;
    private final BestBets bestBets;
    private final SearchAnalytics analytics;

    public SearchService(ElasticsearchClient client, Synonyms synonyms, Corrector corrector, BestBets bestBets,
                         SearchAnalytics analytics) {
        this.client = client;
        this.synonyms = synonyms;
        this.corrector = corrector;
        this.bestBets = bestBets;
        this.analytics = analytics;
    }

    public SearchResult search(SearchQuery query) {
        QueryText text = QueryText.of(query.q(), synonyms);
        List<String> pinned = pinnedFor(text);
        SearchResponse<PublicDocument> response = organic(query, text, pinned);
        List<PublicDocument> pinnedDocuments = query.page() == 1 && !pinned.isEmpty() ? pinned(query, pinned) : List.of();
        SearchResult result = SearchResults.of(query, text, response, pinnedDocuments);
        if (result.shown() == 0 && !text.isEmpty()) {
            String suggestion = corrector.suggest(text, corrected -> count(query, corrected) > 0).orElse(null);
            result = new SearchResult(0, result.page(), result.size(), result.hits(), result.facets(), suggestion, result.bestBets());
        }
        if (query.page() == 1 && !text.isEmpty()) {
            analytics.record(text.key(), result.shown());
        }
        return result;
    }

    /**
     * The Elasticsearch request {@link #search} sends for the hits and facets of this query, as JSON: for
     * operators explaining a ranking, and for the search benchmark to send the very same query straight to
     * Elasticsearch.
     */
    public String requestJson(SearchQuery query) {
        QueryText text = QueryText.of(query.q(), synonyms);
        return JsonpUtils.toJsonString(request(query, text, pinnedFor(text)), client._jsonpMapper());
    }

    private List<String> pinnedFor(QueryText text) {
        return text.isEmpty() ? List.of() : bestBets.pinnedFor(text.key());
    }

    private SearchResponse<PublicDocument> organic(SearchQuery query, QueryText text, List<String> pinned) {
        try {
            return client.search(request(query, text, pinned), PublicDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException("search backend unreachable", e);
        }
    }

    /** The request for one page of hits with facets, best bets left out (visible to measure it against the API). */
    static SearchRequest request(SearchQuery query, QueryText text, List<String> pinned) {
        return SearchRequest.of(s -> {
            s.index(ReadModel.PUBLIC_DOCUMENTS.alias())
                    .query(q -> q.bool(b -> {
                        filtered(TextQuery.into(b, text), query);
                        return pinned.isEmpty() ? b : b.mustNot(n -> n.ids(i -> i.values(pinned)));
                    }))
                    .from(query.offset())
                    .size(query.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.filter(f -> f.excludes(IndexText.INDEX_ONLY_FIELDS)))
                    .aggregations(facets());
            if (query.order() == SearchQuery.Order.DATE || text.isEmpty()) {
                s.sort(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Desc)));
            } else {
                s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                        .sort(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Desc)));
            }
            return s;
        });
    }

    private long count(SearchQuery query, QueryText text) {
        try {
            return client.count(c -> c.index(ReadModel.PUBLIC_DOCUMENTS.alias())
                    .query(q -> q.bool(b -> filtered(TextQuery.into(b, text), query)))).count();
        } catch (IOException e) {
            throw new UncheckedIOException("search backend unreachable", e);
        }
    }

    /** The pinned documents still published and within the chosen facets, in the order staff pinned them. */
    private List<PublicDocument> pinned(SearchQuery query, List<String> ids) {
        try {
            SearchResponse<PublicDocument> response = client.search(s -> s.index(ReadModel.PUBLIC_DOCUMENTS.alias())
                    .query(q -> q.bool(b -> filtered(b.must(m -> m.ids(i -> i.values(ids))), query)))
                    .size(ids.size())
                    .source(src -> src.filter(f -> f.excludes(IndexText.INDEX_ONLY_FIELDS))), PublicDocument.class);
            Map<String, PublicDocument> byId = new LinkedHashMap<>();
            response.hits().hits().stream().map(Hit::source).filter(Objects::nonNull).forEach(d -> byId.put(d.id(), d));
            return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("search backend unreachable", e);
        }
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

    /** Years newest first; the other facets by count. */
    private static Map<String, Aggregation> facets() {
        Map<String, Aggregation> aggs = new LinkedHashMap<>();
        FACETS.forEach(field -> aggs.put(field, Aggregation.of(a -> a.terms(t -> {
            t.field(field).size(30);
            return "year".equals(field) ? t.order(NamedValue.of("_key", SortOrder.Desc)) : t;
        }))));
        return aggs;
    }
}
