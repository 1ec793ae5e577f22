package org.egovarchive.query.search.analytics;

import org.egovarchive.query.staff.Staff;
import org.egovarchive.query.web.BadParameterException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;

/** {@code /admin/search-analytics}: the same report as a page, for admins signed in with the login form. */
@Controller
public class SearchAnalyticsPageController {

    private final SearchAnalyticsReport reports;
    private final Clock clock = Clock.system(SearchAnalyticsReport.SITE_ZONE);

    public SearchAnalyticsPageController(SearchAnalyticsReport reports) {
        this.reports = reports;
    }

    @GetMapping("/admin/search-analytics")
    public String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                       @AuthenticationPrincipal Staff staff, Model model) {
        AnalyticsPeriod.requireAdmin(staff);
        try {
            AnalyticsPeriod period = AnalyticsPeriod.parse(from, to, null, clock);
            model.addAttribute("report", reports.report(period.from(), period.to(), period.limit()));
        } catch (BadParameterException e) {
            model.addAttribute("error", e.field() + ": " + e.getMessage());
        }
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "search-analytics";
    }
}
