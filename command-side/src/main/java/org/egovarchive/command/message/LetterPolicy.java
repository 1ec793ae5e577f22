package org.egovarchive.command.message;

import org.egovarchive.command.rule.ActRefused;
import org.egovarchive.command.staff.Actor;
import org.egovarchive.kernel.message.LetterRecord;
import org.egovarchive.kernel.staff.StaffRole;

/** Who may act on a letter: the handlers of the department holding it; leaders instruct; the desk assigns. */
final class LetterPolicy {

    private LetterPolicy() {
    }

    static void requireRole(Actor actor, StaffRole role) {
        if (!actor.is(role)) {
            throw ActRefused.forbidden("role", "this act needs the role " + role + "; " + actor.username() + " is " + actor.role());
        }
    }

    static void requireHandler(LetterRecord letter, Actor actor) {
        requireRole(actor, StaffRole.HANDLER);
        if (letter.department() == null) {
            throw ActRefused.conflict("unassigned", "the letter is not assigned to a department yet");
        }
        if (!actor.department().equals(letter.department())) {
            throw ActRefused.forbidden("department", actor.username() + " of " + actor.department()
                    + " may not act on a letter held by " + letter.department());
        }
    }

    static void requireOpen(LetterRecord letter) {
        if (!letter.status().open()) {
            throw ActRefused.conflict("answered", "the letter is " + letter.status() + "; reopen it first");
        }
    }
}
