package org.egovarchive.query.search;

import org.egovarchive.query.web.BadParameterException;
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
        SearchLinks links = new SearchLinks(params);
        model.addAttribute("links", links);
        model.addAttribute("q", params.getOrDefault("q", ""));
        model.addAttribute("labels", new PageLabels());
        model.addAttribute("maxDepth", limits.maxDepth());
        try {
            SearchQuery query = SearchParams.parse(params, limits);
            model.addAttribute("query", query);
            model.addAttribute("result", search.search(query));
        } catch (BadParameterException e) {
            model.addAttribute("error", e.field() + ": " + e.getMessage());
        }
        return "search";
    }

    /** Labels the template needs: facet headings and the readable form of an active filter. */
    public static final class PageLabels {

        public String heading(String facet) {
            return FacetLabels.heading(facet);
        }

        public String filterKey(String facet) {
            return SearchLinks.param(facet);
        }

        public String filter(String param, String value) {
            return switch (param) {
                case "type" -> "文件类型：" + FacetLabels.label("docType", value);
                case "department" -> "发布机构：" + FacetLabels.label("department", value);
                case "channel" -> "栏目：" + value;
                case "year" -> "年份：" + FacetLabels.label("year", value);
                case "from" -> "起始日期：" + value;
                case "to" -> "截止日期：" + value;
                default -> value;
            };
        }
    }
}
