package org.egovarchive.command.audit;

import org.egovarchive.command.rule.ActRefused;
import org.egovarchive.command.staff.Actor;
import org.egovarchive.kernel.staff.StaffRole;

/** Who may audit: auditors and admins, and leaders (who oversee every department). */
public final class Auditors {

    private Auditors() {
    }

    public static boolean mayAudit(Actor actor) {
        return actor.is(StaffRole.AUDITOR) || actor.is(StaffRole.ADMIN) || actor.is(StaffRole.LEADER);
    }

    public static void require(Actor actor) {
        if (!mayAudit(actor)) {
            throw ActRefused.forbidden("role", "audit needs the role AUDITOR, ADMIN or LEADER; " + actor.username()
                    + " is " + actor.role());
        }
    }
}
