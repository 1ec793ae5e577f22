package org.egovarchive.command.audit;

import org.egovarchive.command.rule.ActRefused;
import org.egovarchive.command.staff.Actor;
import org.egovarchive.command.staff.CurrentActor;
import org.egovarchive.command.staff.StaffUser;
import org.egovarchive.kernel.staff.StaffRole;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.Set;

/** {@code GET /api/audit/{kind}/{id}/verify} (auditor, admin, leader). */
@RestController
public class AuditController {

    private static final Set<String> KINDS = Set.of("document", "message", "seal");

    private final RecordVerifier verifier;

    public AuditController(RecordVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping("/api/audit/{kind}/{id}/verify")
    public RecordVerifier.Verification verify(@PathVariable String kind, @PathVariable String id, @CurrentActor StaffUser user) {
        requireAuditor(user.actor());
        if (!KINDS.contains(kind)) {
            throw ActRefused.notFound("not-found", "no kind of record called " + kind + "; use one of " + KINDS);
        }
        return verifier.verify(id);
    }

    public static void requireAuditor(Actor actor) {
        if (!(actor.is(StaffRole.AUDITOR) || actor.is(StaffRole.ADMIN) || actor.is(StaffRole.LEADER))) {
            throw ActRefused.forbidden("role", "audit needs the role AUDITOR, ADMIN or LEADER; " + actor.username()
                    + " is " + actor.role());
        }
    }
}
