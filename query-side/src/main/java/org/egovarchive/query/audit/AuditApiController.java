package org.egovarchive.query.audit;

import org.egovarchive.query.projection.AuditEventView;
import org.egovarchive.query.staff.Staff;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * {@code GET /api/audit/events?actor=&department=&type=&aggregate=&aggregateType=&subject=&from=&to=&page=&size=}
 * and {@code GET /api/audit/reads?actor=&department=&from=&to=&page=&size=} (auditors and admins). The
 * searches of the audit trail are a list of their own rather than a flag on the event search: events
 * are hash-chained and ledgered on the command side, these records are the query side's alone, and a
 * reader should never have to wonder which of the two a row came from.
 */
@RestController
public class AuditApiController {

    private final AuditService audit;

    public AuditApiController(AuditService audit) {
        this.audit = audit;
    }

    @GetMapping("/api/audit/events")
    public AuditSearch.Page<AuditEventView> events(@RequestParam Map<String, String> params, @AuthenticationPrincipal Staff staff) {
        return audit.events(params, staff, "api");
    }

    @GetMapping("/api/audit/reads")
    public AuditSearch.Page<AuditRead> reads(@RequestParam Map<String, String> params, @AuthenticationPrincipal Staff staff) {
        return audit.reads(params, staff, "api");
    }
}
