package org.egovarchive.query.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

/** The public search page {@code /search}: works without JavaScript. */
@Controller
public class SearchPageController {

    private final SearchService search;
    private final SearchLimits limits;

    public SearchPageController(SearchService search, SearchLimits limits) {
        this.search = search;
        this.limits = limits;
    }

    @GetMapping({"/", "/search"})
    public String page(@RequestParam Map<String, String> params, Model model) {
        model.addAttribute("params", params);
        model.addAttribute("q", params.getOrDefault("q", ""));
        try {
            SearchQuery query = SearchParams.parse(params, limits);
            model.addAttribute("query", query);
            model.addAttribute("result", search.search(query));
        } catch (InvalidSearchException e) {
            model.addAttribute("error", e.field() + ": " + e.getMessage());
        }
        return "search";
    }
}
