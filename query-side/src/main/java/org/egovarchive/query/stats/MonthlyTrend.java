package org.egovarchive.query.stats;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import org.egovarchive.kernel.calendar.WorkingDayCalendar;
import org.egovarchive.query.elastic.ReadModel;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** Letters received, replied and replied on time per month of receipt, for the dashboard's trend chart. */
@Service
public class MonthlyTrend {

    private final ElasticsearchClient client;

    public MonthlyTrend(ElasticsearchClient client) {
        this.client = client;
    }

    /** One month of the cohort. */
    public record Month(YearMonth month, long received, long replied, long repliedOnTime) {
    }

    public List<Month> months(Period period, String department) {
        try {
            SearchResponse<Void> response = client.search(s -> s.index(ReadModel.MESSAGES.alias()).size(0)
                    .query(q -> q.bool(b -> {
                        b.filter(f -> f.range(r -> r.date(d -> d.field("receivedAt").gte(period.start().toString())
                                .lt(period.end().toString()))));
                        if (department != null) {
                            b.filter(f -> f.term(t -> t.field("department").value(FieldValue.of(department))));
                        }
                        return b;
                    }))
                    .aggregations("months", Aggregation.of(a -> a.dateHistogram(h -> h.field("receivedAt")
                                    .calendarInterval(CalendarInterval.Month).timeZone(WorkingDayCalendar.ZONE.getId()).minDocCount(0))
                            .aggregations("replied", Aggregation.of(x -> x.filter(f -> f.exists(e -> e.field("repliedAt")))))
                            .aggregations("onTime", Aggregation.of(x -> x.filter(f -> f.term(t -> t.field("onTime").value(true))))))),
                    Void.class);
            return response.aggregations().get("months").dateHistogram().buckets().array().stream()
                    .map(MonthlyTrend::month).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Month month(DateHistogramBucket bucket) {
        YearMonth month = YearMonth.from(Instant.ofEpochMilli(bucket.key()).atZone(WorkingDayCalendar.ZONE));
        return new Month(month, bucket.docCount(), bucket.aggregations().get("replied").filter().docCount(),
                bucket.aggregations().get("onTime").filter().docCount());
    }
}
