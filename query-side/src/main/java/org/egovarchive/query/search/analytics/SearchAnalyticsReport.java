package org.egovarchive.query.search.analytics;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import org.egovarchive.kernel.calendar.WorkingDayCalendar;
import org.egovarchive.query.elastic.ReadModel;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** The top queries and the zero-result queries of a period (dates in the site's time zone, both inclusive). */
@Service
public class SearchAnalyticsReport {

    static final ZoneId SITE_ZONE = WorkingDayCalendar.ZONE;

    private final ElasticsearchClient client;

    public SearchAnalyticsReport(ElasticsearchClient client) {
        this.client = client;
    }

    /** A period's figures: how many queries, how many found nothing, and the most frequent of each. */
    public record Report(LocalDate from, LocalDate to, long queries, long zeroResultQueries, List<Row> top,
                         List<Row> zeroResults) {
    }

    /** A query and how often it was asked; {@code avgHits} is what it found on average. */
    public record Row(String query, long count, long avgHits) {
    }

    public Report report(LocalDate from, LocalDate to, int limit) {
        String start = from.atStartOfDay(SITE_ZONE).toInstant().toString();
        String end = to.plusDays(1).atStartOfDay(SITE_ZONE).toInstant().toString();
        try {
            SearchResponse<Void> response = client.search(s -> s.index(ReadModel.SEARCH_ANALYTICS.alias()).size(0)
                    .trackTotalHits(t -> t.enabled(true))
                    .query(q -> q.range(r -> r.date(d -> d.field("at").gte(start).lt(end))))
                    .aggregations(Map.of(
                            "top", byQuery(limit),
                            "zero", Aggregation.of(a -> a.filter(f -> f.term(t -> t.field("zeroResult").value(true)))
                                    .aggregations("queries", byQuery(limit))))), Void.class);
            Aggregate zero = response.aggregations().get("zero");
            long total = response.hits().total() == null ? 0 : response.hits().total().value();
            return new Report(from, to, total, zero.filter().docCount(), rows(response.aggregations().get("top")),
                    rows(zero.filter().aggregations().get("queries")));
        } catch (IOException e) {
            throw new UncheckedIOException("search backend unreachable", e);
        }
    }

    private static Aggregation byQuery(int limit) {
        return Aggregation.of(a -> a.terms(t -> t.field("query").size(limit))
                .aggregations("hits", h -> h.avg(v -> v.field("hits"))));
    }

    private static List<Row> rows(Aggregate terms) {
        return terms.sterms().buckets().array().stream()
                .map(b -> new Row(b.key().stringValue(), b.docCount(),
                        Math.round(b.aggregations().get("hits").avg().value())))
                .toList();
    }
}
