package org.egovarchive.query.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.egovarchive.query.elastic.ReadModel;
import org.egovarchive.query.web.BadParameterException;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/search} and the type-ahead {@code GET /api/search/suggest?q=} (both public), and the
 * Elasticsearch request behind a search (admin).
 */
@RestController
public class SearchApiController {

    /** Titles change rarely; a short cache spares the index a request per keystroke for common prefixes. */
    private static final CacheControl SUGGEST_CACHE = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SearchService search;
    private final TypeAhead typeAhead;
    private final SearchLimits limits;

    public SearchApiController(SearchService search, TypeAhead typeAhead, SearchLimits limits) {
        this.search = search;
        this.typeAhead = typeAhead;
        this.limits = limits;
    }

    @GetMapping("/api/search")
    public SearchResult search(@RequestParam Map<String, String> params) {
        return search.search(SearchParams.parse(params, limits));
    }

    /** The Elasticsearch request a search sends (admin): index and body, to explain a ranking or replay it. */
    @GetMapping("/api/admin/search/request")
    public Map<String, Object> request(@RequestParam Map<String, String> params) throws IOException {
        return Map.of("index", ReadModel.PUBLIC_DOCUMENTS.alias(),
                "body", JSON.readTree(search.requestJson(SearchParams.parse(params, limits))));
    }

    @GetMapping("/api/search/suggest")
    public ResponseEntity<List<TypeAhead.Suggestion>> suggest(@RequestParam(required = false) String q) {
        if (q != null && q.length() > SearchLimits.MAX_QUERY_LENGTH) {
            throw new BadParameterException("q", "at most " + SearchLimits.MAX_QUERY_LENGTH + " characters");
        }
        return ResponseEntity.ok().cacheControl(SUGGEST_CACHE).body(typeAhead.suggest(q));
    }
}
