package org.egovarchive.query.audit;

import org.egovarchive.query.staff.Staff;
import org.egovarchive.query.web.BadParameterException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Map;

/** {@code /audit/events} and {@code /audit/reads}: the same searches as pages, behind the login form. */
@Controller
public class AuditPageController {

    private final AuditService audit;

    public AuditPageController(AuditService audit) {
        this.audit = audit;
    }

    @GetMapping("/audit/events")
    public String events(@RequestParam Map<String, String> params, @AuthenticationPrincipal Staff staff, Model model) {
        model.addAttribute("params", params);
        try {
            AuditSearch.Page<?> results = audit.events(params, staff, "page");
            model.addAttribute("results", results);
            pager(model, "/audit/events", params, results);
        } catch (BadParameterException e) {
            model.addAttribute("error", e.field() + "：" + e.getMessage());
        }
        return "audit-events";
    }

    @GetMapping("/audit/reads")
    public String reads(@RequestParam Map<String, String> params, @AuthenticationPrincipal Staff staff, Model model) {
        model.addAttribute("params", params);
        try {
            AuditSearch.Page<?> results = audit.reads(params, staff, "page");
            model.addAttribute("results", results);
            pager(model, "/audit/reads", params, results);
        } catch (BadParameterException e) {
            model.addAttribute("error", e.field() + "：" + e.getMessage());
        }
        return "audit-reads";
    }

    /** Links to the pages before and after, with the same filters. */
    private static void pager(Model model, String path, Map<String, String> params, AuditSearch.Page<?> results) {
        if (results.page() > 1) {
            model.addAttribute("previous", link(path, params, results.page() - 1));
        }
        if ((long) results.page() * results.size() < Math.min(results.total(), AuditFilter.MAX_DEPTH)) {
            model.addAttribute("next", link(path, params, results.page() + 1));
        }
    }

    private static String link(String path, Map<String, String> params, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        params.forEach((name, value) -> {
            if (!name.equals("page") && value != null && !value.isBlank()) {
                uri.queryParam(name, value);
            }
        });
        return uri.queryParam("page", page).encode().build().toUriString();
    }
}
