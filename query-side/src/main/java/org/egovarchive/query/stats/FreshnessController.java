package org.egovarchive.query.stats;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/stats/freshness?department=} (leaders, auditors, admins). */
@RestController
public class FreshnessController {

    private final Freshness freshness;

    public FreshnessController(Freshness freshness) {
        this.freshness = freshness;
    }

    @GetMapping("/api/stats/freshness")
    public Freshness.Report freshness(@RequestParam(required = false) String department) {
        return freshness.report(department == null || department.isBlank() ? null : department.trim());
    }
}
