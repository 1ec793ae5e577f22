package org.egovarchive.query.search;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** {@code GET /api/search} (public). */
@RestController
public class SearchApiController {

    private final SearchService search;
    private final SearchLimits limits;

    public SearchApiController(SearchService search, SearchLimits limits) {
        this.search = search;
        this.limits = limits;
    }

    @GetMapping("/api/search")
    public SearchResult search(@RequestParam Map<String, String> params) {
        return search.search(SearchParams.parse(params, limits));
    }
}
