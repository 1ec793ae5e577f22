package org.egovarchive.query.stats;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import org.egovarchive.query.elastic.ReadModel;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The 互动交流 / 留言办理 figures of the government website annual report (政府网站年度工作报表), for the
 * letters received in the year: 收到留言数量 (received), 办结留言数量 (answered: a reply was given),
 * 平均办理时间（天）(mean calendar days from receipt to reply, one decimal), 公开答复数量 (answers on the
 * public replies board: the writer and the department both made them public).
 */
@Service
public class AnnualReport {

    private final ElasticsearchClient client;

    public AnnualReport(ElasticsearchClient client) {
        this.client = client;
    }

    /** The form's four figures, with their labels. */
    public record Letters(int year, long received, long completed, Double averageDays, long publicReplies,
                          Map<String, Object> form) {
    }

    public Letters letters(int year) {
        Period period = Period.year(year);
        try {
            SearchResponse<Void> response = client.search(s -> s.index(ReadModel.MESSAGES.alias()).size(0)
                    .trackTotalHits(t -> t.enabled(true))
                    .query(q -> q.range(r -> r.date(d -> d.field("receivedAt").gte(period.start().toString()).lt(period.end().toString()))))
                    .aggregations("completed", Aggregation.of(a -> a.filter(f -> f.exists(e -> e.field("repliedAt")))
                            .aggregations("hours", Aggregation.of(x -> x.avg(v -> v.field("replyHours"))))))
                    .aggregations("public", Aggregation.of(a -> a.filter(f -> f.bool(b -> b
                            .filter(x -> x.term(t -> t.field("wantsPublicReply").value(true)))
                            .filter(x -> x.term(t -> t.field("replyPublic").value(true)))
                            .filter(x -> x.exists(e -> e.field("repliedAt"))))))), Void.class);
            long received = response.hits().total() == null ? 0 : response.hits().total().value();
            var completed = response.aggregations().get("completed").filter();
            double hours = completed.aggregations().get("hours").avg().value();
            Double days = Double.isNaN(hours) ? null : Math.round(hours / 24 * 10) / 10.0;
            long publicReplies = response.aggregations().get("public").filter().docCount();
            return new Letters(year, received, completed.docCount(), days, publicReplies, Map.of(
                    "收到留言数量", received, "办结留言数量", completed.docCount(),
                    "平均办理时间(天)", days == null ? "-" : days, "公开答复数量", publicReplies));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
