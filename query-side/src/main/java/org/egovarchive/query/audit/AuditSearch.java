package org.egovarchive.query.audit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.egovarchive.query.elastic.ReadModel;
import org.egovarchive.query.projection.AuditEventView;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/** Searches {@code audit-events} and {@code audit-reads}: exact filters, newest first, paged. */
@Service
public class AuditSearch {

    private final ElasticsearchClient client;

    public AuditSearch(ElasticsearchClient client) {
        this.client = client;
    }

    /** One page of results; {@code total} counts all that match. */
    public record Page<T>(long total, int page, int size, List<T> hits) {
    }

    public Page<AuditEventView> events(AuditFilter filter) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        term(bool, "actor", filter.actor());
        term(bool, "department", filter.department());
        term(bool, "type", filter.type());
        term(bool, "aggregateId", filter.aggregate());
        term(bool, "aggregateType", filter.aggregateType());
        term(bool, "subjectId", filter.subject());
        range(bool, "recordedAt", filter.from(), filter.to());
        return search(ReadModel.AUDIT_EVENTS, bool, filter, "recordedAt", "position", AuditEventView.class);
    }

    /** The reads of the audit trail; of the filters, actor, department and the period apply. */
    public Page<AuditRead> reads(AuditFilter filter) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        term(bool, "actor", filter.actor());
        term(bool, "department", filter.department());
        range(bool, "at", filter.from(), filter.to());
        return search(ReadModel.AUDIT_READS, bool, filter, "at", "id", AuditRead.class);
    }

    private <T> Page<T> search(ReadModel model, BoolQuery.Builder bool, AuditFilter filter, String time, String tieBreak,
                               Class<T> type) {
        try {
            SearchResponse<T> response = client.search(s -> s.index(model.alias()).query(q -> q.bool(bool.build()))
                    .from((filter.page() - 1) * filter.size()).size(filter.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .sort(o -> o.field(f -> f.field(time).order(SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field(tieBreak).order(SortOrder.Desc))), type);
            List<T> hits = response.hits().hits().stream().map(Hit::source).toList();
            long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
            return new Page<>(total, filter.page(), filter.size(), hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void term(BoolQuery.Builder bool, String field, String value) {
        if (value != null) {
            bool.filter(f -> f.term(t -> t.field(field).value(FieldValue.of(value))));
        }
    }

    private static void range(BoolQuery.Builder bool, String field, Instant from, Instant to) {
        if (from != null || to != null) {
            bool.filter(f -> f.range(r -> r.date(d -> {
                d.field(field);
                if (from != null) {
                    d.gte(from.toString());
                }
                if (to != null) {
                    d.lte(to.toString());
                }
                return d;
            })));
        }
    }
}
