package org.egovarchive.query.search.bestbets;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.egovarchive.kernel.staff.StaffRole;
import org.egovarchive.query.elastic.ReadModel;
import org.egovarchive.query.search.QueryText;
import org.egovarchive.query.search.SearchLimits;
import org.egovarchive.query.search.Synonyms;
import org.egovarchive.query.staff.Staff;
import org.egovarchive.query.web.BadParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

/**
 * {@code POST /api/admin/best-bets {query, documentId}} pins a published document to a query;
 * {@code DELETE /api/admin/best-bets?query=&documentId=} unpins it; {@code GET} lists the pins.
 * Admins only. The query is normalised like a search, so 電子政務 and 电子政务 share their pins.
 */
@RestController
public class BestBetsController {

    private final BestBets bestBets;
    private final Synonyms synonyms;
    private final ElasticsearchClient client;
    private final Clock clock;

    public BestBetsController(BestBets bestBets, Synonyms synonyms, ElasticsearchClient client) {
        this.bestBets = bestBets;
        this.synonyms = synonyms;
        this.client = client;
        this.clock = Clock.systemUTC();
    }

    /** A pin as asked for. */
    public record PinRequest(String query, String documentId) {
    }

    @GetMapping("/api/admin/best-bets")
    public List<BestBet> list(@AuthenticationPrincipal Staff staff) {
        requireAdmin(staff);
        return bestBets.all();
    }

    @PostMapping("/api/admin/best-bets")
    public ResponseEntity<BestBet> pin(@RequestBody PinRequest request, @AuthenticationPrincipal Staff staff) {
        requireAdmin(staff);
        String query = normalised(request.query());
        String documentId = required("documentId", request.documentId());
        if (!published(documentId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no published document " + documentId);
        }
        BestBet bet = new BestBet(query, documentId, staff.getUsername(), clock.instant());
        bestBets.pin(bet);
        return ResponseEntity.status(HttpStatus.CREATED).body(bet);
    }

    @DeleteMapping("/api/admin/best-bets")
    public ResponseEntity<Void> unpin(@RequestParam(required = false) String query,
                                      @RequestParam(required = false) String documentId,
                                      @AuthenticationPrincipal Staff staff) {
        requireAdmin(staff);
        if (!bestBets.unpin(normalised(query), required("documentId", documentId))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such best bet");
        }
        return ResponseEntity.noContent().build();
    }

    private String normalised(String query) {
        required("query", query);
        if (query.length() > SearchLimits.MAX_QUERY_LENGTH) {
            throw new BadParameterException("query", "at most " + SearchLimits.MAX_QUERY_LENGTH + " characters");
        }
        QueryText text = QueryText.of(query, synonyms);
        if (text.isEmpty()) {
            throw new BadParameterException("query", "must contain a word");
        }
        return text.key();
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new BadParameterException(field, "is required");
        }
        return value.strip();
    }

    private boolean published(String documentId) {
        try {
            return client.exists(e -> e.index(ReadModel.PUBLIC_DOCUMENTS.alias()).id(documentId)).value();
        } catch (IOException e) {
            throw new UncheckedIOException("search backend unreachable", e);
        }
    }

    private static void requireAdmin(Staff staff) {
        if (staff == null || staff.role() != StaffRole.ADMIN) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "best bets are for admins");
        }
    }
}
