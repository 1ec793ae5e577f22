package org.egovarchive.command.document;

import org.egovarchive.command.rule.ActRefused;
import org.egovarchive.command.staff.Actor;
import org.egovarchive.kernel.document.DocumentRecord;
import org.egovarchive.kernel.document.DocumentState;
import org.egovarchive.kernel.staff.StaffRole;

import java.util.Arrays;

/**
 * Who may act on a document: the right role, in the document's own department (谁主管谁负责), and —
 * for sign-off and seal — not one of its authors (four eyes). Admins act across departments but
 * do not write, approve or seal on anyone's behalf.
 */
final class DocumentPolicy {

    private DocumentPolicy() {
    }

    static void require(Actor actor, String department, StaffRole... roles) {
        if (Arrays.stream(roles).noneMatch(actor::is)) {
            throw ActRefused.forbidden("role", "this act needs the role " + describe(roles) + "; "
                    + actor.username() + " is " + actor.role());
        }
        if (!actor.department().equals(department)) {
            throw ActRefused.forbidden("department", actor.username() + " of " + actor.department()
                    + " may not act on a document of " + department);
        }
    }

    static void requireNotContributor(DocumentRecord document, Actor actor, String act) {
        if (document.content().contributors().contains(actor.username())) {
            throw ActRefused.forbidden("four-eyes", actor.username() + " wrote this document and may not " + act
                    + " it; someone else must");
        }
    }

    static void requireState(DocumentRecord document, DocumentState expected) {
        if (document.state() != expected) {
            throw ActRefused.conflict("state", "the document is " + document.state() + "; this act needs it "
                    + expected);
        }
    }

    private static String describe(StaffRole... roles) {
        return roles.length == 1 ? roles[0].name() : Arrays.toString(roles);
    }
}
