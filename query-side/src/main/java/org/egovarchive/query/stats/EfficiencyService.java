package org.egovarchive.query.stats;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.ArrayPercentilesItem;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.util.ObjectBuilder;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.egovarchive.kernel.staff.Department;
import org.egovarchive.query.elastic.ReadModel;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Computes {@link Figures} with Elasticsearch aggregations: one request over {@code messages} (the
 * cohort, per department and in total) and one over {@code documents-admin}.
 */
@Service
public class EfficiencyService {

    private final ElasticsearchClient client;
    private final Clock clock;
    private final StatsProperties properties;

    public EfficiencyService(ElasticsearchClient client, Clock clock, StatsProperties properties) {
        this.client = client;
        this.clock = clock;
        this.properties = properties;
    }

    /** The table: one row per department (optionally only one), and the totals; {@code from} and {@code to} at the top, as API.md has them. */
    @JsonPropertyOrder({"from", "to", "departments", "totals"})
    public record Table(@JsonIgnore Period period, List<Figures> departments, Figures totals) {
        @JsonProperty("from")
        public LocalDate from() {
            return period.from();
        }

        @JsonProperty("to")
        public LocalDate to() {
            return period.to();
        }
    }

    /**
     * Two requests, run side by side: the letters per department (the totals are sums of the rows, but
     * for the percentiles, which need their own aggregation) and the documents. "Now" is taken to the
     * minute, so a dashboard asked again within the minute hits Elasticsearch's request cache.
     */
    public Table efficiency(Period period, String department) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        CompletableFuture<SearchResponse<Void>> documents = CompletableFuture.supplyAsync(() -> search(s -> s
                .index(ReadModel.DOCUMENTS_ADMIN.alias()).size(0).requestCache(true)
                .trackTotalHits(t -> t.enabled(true))
                .query(q -> q.bool(published(period, department)))
                .aggregations("departments", a -> a.terms(t -> t.field("department").size(200)).aggregations(documentFigures()))
                .aggregations(documentFigures())));
        SearchResponse<Void> letters = search(s -> s.index(ReadModel.MESSAGES.alias()).size(0).requestCache(true)
                .trackTotalHits(t -> t.enabled(true))
                .query(q -> q.bool(cohort(period, department)))
                .aggregations("departments", a -> a.terms(t -> t.field("department").size(200)).aggregations(figures(now)))
                .aggregations("replied", totalPercentiles()));
        return table(period, letters, documents.join());
    }

    private SearchResponse<Void> search(Function<SearchRequest.Builder, ObjectBuilder<SearchRequest>> request) {
        try {
            return client.search(request, Void.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Aggregation totalPercentiles() {
        return Aggregation.of(a -> a.filter(f -> f.exists(e -> e.field("repliedAt")))
                .aggregations(Map.of("hoursPct", percentiles("replyHours"), "daysPct", percentiles("replyWorkingDays"))));
    }

    private static BoolQuery cohort(Period period, String department) {
        BoolQuery.Builder bool = new BoolQuery.Builder()
                .filter(f -> f.range(r -> r.date(d -> d.field("receivedAt").gte(period.start().toString()).lt(period.end().toString()))));
        if (department != null) {
            bool.filter(f -> f.term(t -> t.field("department").value(FieldValue.of(department))));
        }
        return bool.build();
    }

    private static BoolQuery published(Period period, String department) {
        BoolQuery.Builder bool = new BoolQuery.Builder()
                .filter(f -> f.range(r -> r.date(d -> d.field("firstPublishedAt").gte(period.start().toString()).lt(period.end().toString()))));
        if (department != null) {
            bool.filter(f -> f.term(t -> t.field("department").value(FieldValue.of(department))));
        }
        return bool.build();
    }

    private static Map<String, Aggregation> figures(Instant now) {
        Map<String, Aggregation> aggs = new LinkedHashMap<>();
        aggs.put("replied", Aggregation.of(a -> a.filter(f -> f.exists(e -> e.field("repliedAt"))).aggregations(Map.of(
                "onTime", Aggregation.of(x -> x.filter(f -> f.term(t -> t.field("onTime").value(true)))),
                "hours", Aggregation.of(x -> x.avg(v -> v.field("replyHours"))),
                "hoursPct", percentiles("replyHours"),
                "days", Aggregation.of(x -> x.avg(v -> v.field("replyWorkingDays"))),
                "daysPct", percentiles("replyWorkingDays")))));
        aggs.put("overdueOpen", Aggregation.of(a -> a.filter(f -> f.bool(b -> b
                .mustNot(m -> m.exists(e -> e.field("repliedAt")))
                .filter(r -> r.range(x -> x.date(d -> d.field("dueAt").lt(now.toString()))))))));
        aggs.put("firstResponse", Aggregation.of(a -> a.filter(f -> f.exists(e -> e.field("firstResponseAt")))
                .aggregations("hours", Aggregation.of(x -> x.avg(v -> v.field("firstResponseHours"))))));
        aggs.put("closed", filter(Query.of(q -> q.exists(e -> e.field("closedAt")))));
        aggs.put("explained", filter(Query.of(q -> q.term(t -> t.field("explained").value(true)))));
        aggs.put("forwarded", filter(Query.of(q -> q.range(r -> r.number(n -> n.field("forwards").gte(1.0))))));
        aggs.put("escalated", filter(Query.of(q -> q.term(t -> t.field("escalated").value(true)))));
        aggs.put("rating", Aggregation.of(a -> a.avg(v -> v.field("rating"))));
        aggs.put("rated", filter(Query.of(q -> q.exists(e -> e.field("rating")))));
        return aggs;
    }

    private static Map<String, Aggregation> documentFigures() {
        return Map.of("draftToPublish", percentiles("draftToPublishHours"));
    }

    private static Aggregation filter(Query query) {
        return Aggregation.of(a -> a.filter(query));
    }

    /** Median and 90th percentile by nearest rank from an HDR histogram (3 significant digits): exact to 0.1%. */
    private static Aggregation percentiles(String field) {
        return Aggregation.of(a -> a.percentiles(p -> p.field(field).percents(50.0, 90.0).keyed(false)
                .hdr(h -> h.numberOfSignificantValueDigits(3))));
    }

    private Table table(Period period, SearchResponse<Void> letters, SearchResponse<Void> documents) {
        Map<String, StringTermsBucket> byDepartment = new LinkedHashMap<>();
        buckets(letters).forEach(b -> byDepartment.put(b.key().stringValue(), b));
        Map<String, StringTermsBucket> docs = new LinkedHashMap<>();
        buckets(documents).forEach(b -> docs.put(b.key().stringValue(), b));
        TreeSet<String> names = new TreeSet<>(byDepartment.keySet());
        names.addAll(docs.keySet());
        List<Figures> rows = new ArrayList<>();
        for (String name : names) {
            StringTermsBucket letter = byDepartment.get(name);
            StringTermsBucket doc = docs.get(name);
            rows.add(figures(name, name, letter == null ? 0 : letter.docCount(),
                    letter == null ? Map.of() : letter.aggregations(),
                    doc == null ? 0 : doc.docCount(), doc == null ? null : percentile(doc.aggregations().get("draftToPublish"), 0)));
        }
        Map<String, Aggregate> percentiles = letters.aggregations().get("replied").filter().aggregations();
        Figures totals = Totals.of(rows, total(documents), percentile(documents.aggregations().get("draftToPublish"), 0),
                percentile(percentiles.get("hoursPct"), 0), percentile(percentiles.get("hoursPct"), 1),
                percentile(percentiles.get("daysPct"), 0), percentile(percentiles.get("daysPct"), 1));
        return new Table(period, ranked(rows), totals);
    }

    /** Rates and ranks only where there are enough letters to mean something. */
    private List<Figures> ranked(List<Figures> rows) {
        List<Figures> eligible = rows.stream()
                .filter(f -> f.received() >= properties.minLetters() && f.onTimeRate() != null)
                .sorted(Comparator.comparing((Figures f) -> f.onTimeRate()).reversed().thenComparing(Figures::department))
                .toList();
        List<Figures> out = new ArrayList<>();
        for (Figures row : rows) {
            int place = eligible.indexOf(row);
            out.add(row.received() < properties.minLetters() ? row.withoutRate() : row.ranked(place < 0 ? null : place + 1));
        }
        return out;
    }

    private static Figures figures(String department, String label, long received, Map<String, Aggregate> a,
                                   long documentsPublished, Double draftToPublish) {
        Aggregate replied = a.get("replied");
        long repliedCount = count(replied);
        Map<String, Aggregate> r = replied == null ? Map.of() : replied.filter().aggregations();
        long onTime = count(r.get("onTime"));
        long overdue = count(a.get("overdueOpen"));
        Aggregate first = a.get("firstResponse");
        boolean anyReply = repliedCount > 0;
        String name = department == null ? label : Department.demo(department).map(Department::name).orElse(department);
        return new Figures(department, name, received, repliedCount, onTime, Figures.rateOf(onTime, repliedCount, overdue),
                overdue, avg(r.get("hours")), anyReply ? percentile(r.get("hoursPct"), 0) : null,
                anyReply ? percentile(r.get("hoursPct"), 1) : null, avg(r.get("days")),
                anyReply ? percentile(r.get("daysPct"), 0) : null, anyReply ? percentile(r.get("daysPct"), 1) : null,
                count(first), first == null ? null : avg(first.filter().aggregations().get("hours")),
                count(a.get("closed")), count(a.get("explained")), count(a.get("forwarded")), count(a.get("escalated")),
                count(a.get("rated")), avg(a.get("rating")), documentsPublished, documentsPublished > 0 ? draftToPublish : null, null);
    }

    private static long total(SearchResponse<Void> response) {
        return response.hits().total() == null ? 0 : response.hits().total().value();
    }

    private static List<StringTermsBucket> buckets(SearchResponse<Void> response) {
        Aggregate departments = response.aggregations().get("departments");
        return departments == null ? List.of() : departments.sterms().buckets().array();
    }

    private static long count(Aggregate filter) {
        return filter == null ? 0 : filter.filter().docCount();
    }

    private static Double avg(Aggregate avg) {
        if (avg == null) {
            return null;
        }
        double value = avg.avg().value();
        return Double.isNaN(value) ? null : value;
    }

    private static Double percentile(Aggregate percentiles, int index) {
        if (percentiles == null) {
            return null;
        }
        List<ArrayPercentilesItem> items = percentiles.isHdrPercentiles()
                ? percentiles.hdrPercentiles().values().array() : percentiles.tdigestPercentiles().values().array();
        return Optional.ofNullable(get(items, index)).map(ArrayPercentilesItem::value).filter(v -> !Double.isNaN(v))
                .map(v -> Math.round(v * 100) / 100.0).orElse(null);
    }

    private static ArrayPercentilesItem get(List<ArrayPercentilesItem> items, int index) {
        return items.size() > index ? items.get(index) : null;
    }
}
