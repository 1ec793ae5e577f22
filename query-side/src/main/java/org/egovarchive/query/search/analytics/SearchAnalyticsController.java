package org.egovarchive.query.search.analytics;

import org.egovarchive.query.staff.Staff;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

/** {@code GET /api/admin/search-analytics?from=&to=&limit=} (admins): top and zero-result queries of a period. */
@RestController
public class SearchAnalyticsController {

    private final SearchAnalyticsReport reports;
    private final Clock clock = Clock.system(SearchAnalyticsReport.SITE_ZONE);

    public SearchAnalyticsController(SearchAnalyticsReport reports) {
        this.reports = reports;
    }

    @GetMapping("/api/admin/search-analytics")
    public SearchAnalyticsReport.Report report(@RequestParam(required = false) String from,
                                               @RequestParam(required = false) String to,
                                               @RequestParam(required = false) String limit,
                                               @AuthenticationPrincipal Staff staff) {
        AnalyticsPeriod.requireAdmin(staff);
        AnalyticsPeriod period = AnalyticsPeriod.parse(from, to, limit, clock);
        return reports.report(period.from(), period.to(), period.limit());
    }
}
