package org.egovarchive.query.letters;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.egovarchive.query.elastic.ReadModel;
import org.egovarchive.query.projection.MessageView;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/** The lists over {@code messages}. */
@Service
public class LetterLists {

    private final ElasticsearchClient client;

    public LetterLists(ElasticsearchClient client) {
        this.client = client;
    }

    /** A page of letters and how many there are in all. */
    public record Page(long total, List<MessageView> letters) {
    }

    /** Letters on the public replies board, newest reply first. */
    public Page publicReplies(int page, int size) {
        return search(Query.of(q -> q.bool(b -> b
                .filter(f -> f.term(t -> t.field("wantsPublicReply").value(true)))
                .filter(f -> f.term(t -> t.field("replyPublic").value(true)))
                .filter(f -> f.exists(e -> e.field("repliedAt"))))), "repliedAt", SortOrder.Desc, page, size);
    }

    /** Letters sent up and waiting for a leader's instruction, oldest receipt first. */
    public Page leaderQueue(int page, int size) {
        return search(Query.of(q -> q.term(t -> t.field("status").value("ESCALATED"))), "receivedAt", SortOrder.Asc, page, size);
    }

    /** Open letters past their due date, of one department or all, the longest overdue first. */
    public Page overdue(String department, Instant now, int page, int size) {
        return search(Query.of(q -> q.bool(b -> {
            b.mustNot(m -> m.exists(e -> e.field("repliedAt")))
                    .filter(f -> f.range(r -> r.date(d -> d.field("dueAt").lt(now.toString()))));
            if (department != null) {
                b.filter(f -> f.term(t -> t.field("department").value(FieldValue.of(department))));
            }
            return b;
        })), "dueAt", SortOrder.Asc, page, size);
    }

    private Page search(Query query, String sortField, SortOrder order, int page, int size) {
        try {
            SearchResponse<MessageView> response = client.search(s -> s.index(ReadModel.MESSAGES.alias())
                    .query(query).from((page - 1) * size).size(size).trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.filter(f -> f.excludes("record")))
                    .sort(o -> o.field(f -> f.field(sortField).order(order))), MessageView.class);
            List<MessageView> letters = response.hits().hits().stream().map(Hit::source).toList();
            return new Page(response.hits().total() == null ? letters.size() : response.hits().total().value(), letters);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
