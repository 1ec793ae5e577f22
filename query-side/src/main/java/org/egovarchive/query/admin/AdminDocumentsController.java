package org.egovarchive.query.admin;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.egovarchive.query.elastic.ReadModel;
import org.egovarchive.query.projection.DocumentView;
import org.egovarchive.query.staff.Staff;
import org.egovarchive.query.web.BadParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code GET /api/admin/documents?state=&department=&inbox=&page=&size=}: staff see their own
 * department's documents (or, with {@code inbox=true}, those forwarded to it); leaders, auditors and
 * admins see every department's.
 */
@RestController
public class AdminDocumentsController {

    private static final Set<String> STATES = Set.of("DRAFT", "SUBMITTED", "APPROVED", "REJECTED", "SEALED",
            "PUBLISHED", "WITHDRAWN", "ARCHIVED");
    private static final int MAX_SIZE = 100;
    private static final int MAX_DEPTH = 10_000;

    private final ElasticsearchClient client;

    public AdminDocumentsController(ElasticsearchClient client) {
        this.client = client;
    }

    /** One row of the list: the document without its text. */
    public record Row(String id, long version, String state, String department, String channel, String docType,
                      String classification, String number, String title, String author, boolean online,
                      List<String> forwardedTo, Instant draftedAt, Instant submittedAt, Instant approvedAt,
                      Instant sealedAt, Instant firstPublishedAt, Instant updatedAt) {
        static Row of(DocumentView d) {
            return new Row(d.id(), d.version(), d.state().name(), d.department(), d.channel(), d.docType().name(),
                    d.classification().name(), d.number(), d.title(), d.author(), d.online(), d.forwardedTo(),
                    d.draftedAt(), d.submittedAt(), d.approvedAt(), d.sealedAt(), d.firstPublishedAt(), d.updatedAt());
        }
    }

    public record Page(long total, int page, int size, List<Row> hits) {
    }

    @GetMapping("/api/admin/documents")
    public Page list(@RequestParam(required = false) String state, @RequestParam(required = false) String department,
                     @RequestParam(defaultValue = "false") boolean inbox, @RequestParam(defaultValue = "1") int page,
                     @RequestParam(defaultValue = "20") int size, @AuthenticationPrincipal Staff staff) {
        if (size < 1 || size > MAX_SIZE) {
            throw new BadParameterException("size", "must be between 1 and " + MAX_SIZE);
        }
        if (page < 1 || (long) page * size > MAX_DEPTH) {
            throw new BadParameterException("page", "must be between 1 and " + MAX_DEPTH / size);
        }
        String wantedState = state == null || state.isBlank() ? null : state.trim().toUpperCase(Locale.ROOT);
        if (wantedState != null && !STATES.contains(wantedState)) {
            throw new BadParameterException("state", "must be one of " + STATES);
        }
        String scope = scope(department, staff);
        BoolQuery.Builder bool = new BoolQuery.Builder();
        if (scope != null) {
            bool.filter(f -> f.term(t -> t.field(inbox ? "forwardedTo" : "department").value(FieldValue.of(scope))));
        }
        if (wantedState != null) {
            bool.filter(f -> f.term(t -> t.field("state").value(FieldValue.of(wantedState))));
        }
        try {
            SearchResponse<DocumentView> response = client.search(s -> s.index(ReadModel.DOCUMENTS_ADMIN.alias())
                    .query(q -> q.bool(bool.build())).from((page - 1) * size).size(size)
                    .trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.filter(f -> f.excludes("record")))
                    .sort(o -> o.field(f -> f.field("updatedAt").order(SortOrder.Desc))), DocumentView.class);
            List<Row> rows = response.hits().hits().stream().map(Hit::source).map(Row::of).toList();
            return new Page(response.hits().total() == null ? rows.size() : response.hits().total().value(), page, size, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The department to filter by: the requested one, which staff may only ask for if it is their own. */
    private static String scope(String requested, Staff staff) {
        String wanted = requested == null || requested.isBlank() ? null : requested.trim();
        if (staff.readsAllDepartments()) {
            return wanted;
        }
        if (wanted != null && !wanted.equals(staff.department())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, staff.getUsername() + " of " + staff.department()
                    + " may not list the documents of " + wanted);
        }
        return staff.department();
    }
}
