package org.egovarchive.command.message;

import org.egovarchive.command.dispatch.Commands;
import org.egovarchive.command.rule.ActRefused;
import org.egovarchive.command.staff.Actor;
import org.egovarchive.command.staff.ActorCommand;
import org.egovarchive.command.staff.Departments;
import org.egovarchive.kernel.message.LetterRecord;
import org.egovarchive.kernel.staff.StaffRole;
import org.springframework.stereotype.Service;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The letters application service, between the web layer (API and pages alike) and the aggregate:
 * that a department named exists, who may read a letter and which of its writer's contact details,
 * and what each act did (the letter's version, status and due date, as the aggregate answered).
 */
@Service
public class MessageService {

    private final Commands commands;
    private final MessageReader reader;
    private final LetterVault vault;
    private final Departments departments;

    public MessageService(Commands commands, MessageReader reader, LetterVault vault, Departments departments) {
        this.commands = commands;
        this.reader = reader;
        this.departments = departments;
        this.vault = vault;
    }

    /** A letter as one member of staff may see it: the contact in full or masked, as their role allows. */
    public record StaffView(LetterRecord letter, Map<String, String> contact) {
    }

    /** Any act on a letter. */
    public LetterActed act(ActorCommand command) {
        return commands.send(command);
    }

    /** An act that hands the letter to {@code department}, which must exist ({@code field} names it in a refusal). */
    public LetterActed handTo(String department, String field, ActorCommand command) {
        if (!departments.exists(department)) {
            throw ActRefused.unprocessable("unknown-department", "there is no department " + department,
                    Map.of("field", field));
        }
        return commands.send(command);
    }

    /**
     * The whole letter for the department holding it and for leaders (with the writer's contact
     * details, which they need to answer); auditors and admins see the contact masked.
     */
    public StaffView read(String id, Actor actor) {
        LetterRecord letter = reader.current(id).orElseThrow(() -> ActRefused.notFound("not-found", "no letter " + id));
        boolean holder = actor.department().equals(letter.department()) && !actor.is(StaffRole.CITIZEN);
        boolean overseer = actor.is(StaffRole.LEADER) || actor.is(StaffRole.AUDITOR) || actor.is(StaffRole.ADMIN);
        if (!holder && !overseer) {
            throw ActRefused.forbidden("department", actor.username() + " of " + actor.department()
                    + " may not read a letter held by " + letter.department());
        }
        Contact contact = vault.contactOf(id).orElse(new Contact(null, null, null));
        Map<String, String> shown = new LinkedHashMap<>();
        if (holder || actor.is(StaffRole.LEADER)) {
            putIfPresent(shown, "name", contact.name());
            putIfPresent(shown, "phone", contact.phone());
            putIfPresent(shown, "email", contact.email());
        } else {
            shown.put("name", contact.maskedName());
        }
        return new StaffView(letter, shown);
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
