package org.egovarchive.command.message;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.egovarchive.command.dispatch.Commands;
import org.egovarchive.command.message.MessageCommands.AssignMessage;
import org.egovarchive.command.message.MessageCommands.CloseMessage;
import org.egovarchive.command.message.MessageCommands.EscalateMessage;
import org.egovarchive.command.message.MessageCommands.ExplainMessage;
import org.egovarchive.command.message.MessageCommands.ForwardMessage;
import org.egovarchive.command.message.MessageCommands.InstructMessage;
import org.egovarchive.command.message.MessageCommands.ReopenMessage;
import org.egovarchive.command.message.MessageCommands.ReplyMessage;
import org.egovarchive.command.rule.ActRefused;
import org.egovarchive.command.staff.Actor;
import org.egovarchive.command.staff.CurrentActor;
import org.egovarchive.command.staff.Departments;
import org.egovarchive.command.staff.StaffUser;
import org.egovarchive.kernel.calendar.WorkingDayCalendar;
import org.egovarchive.kernel.message.MessageStatus;
import org.egovarchive.kernel.staff.StaffRole;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The staff API for letters (API.md, "Letters"): the holding department's handlers answer, leaders instruct, the desk assigns. */
@RestController
@RequestMapping("/api/messages")
public class MessageController {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    private final Commands commands;
    private final MessageReader reader;
    private final LetterVault vault;
    private final Departments departments;
    private final Clock clock;

    public MessageController(Commands commands, MessageReader reader, LetterVault vault, Departments departments, Clock clock) {
        this.commands = commands;
        this.reader = reader;
        this.vault = vault;
        this.departments = departments;
        this.clock = clock;
    }

    record Assign(@NotBlank @Size(max = 100) String department) {
    }

    record Forward(@NotBlank @Size(max = 100) String toDepartment, @NotBlank @Size(max = 2000) String reason) {
    }

    record Note(@Size(max = 2000) String note) {
    }

    record Instruction(@NotBlank @Size(max = 2000) String instruction) {
    }

    record Explanation(@NotBlank @Size(max = 2000) String explanation, @Min(0) @Max(15) Integer extendWorkingDays) {
    }

    /** API.md names the flag {@code public}; {@code publicReply} (the event's word) is accepted too. */
    record Reply(@NotBlank @Size(max = 10_000) String body,
                 @JsonProperty("public") @JsonAlias("publicReply") @NotNull Boolean publicReply) {
    }

    record Reason(@NotBlank @Size(max = 2000) String reason) {
    }

    record Done(String id, long version, MessageStatus status, LocalDate dueDate) {
    }

    @PostMapping(path = "/{id}/assign", consumes = JSON)
    public Done assign(@PathVariable String id, @Valid @RequestBody Assign request, @CurrentActor StaffUser user) {
        requireDepartment(request.department(), "department");
        return done(id, commands.send(new AssignMessage(id, request.department(), clock.instant(), user.actor()), user.actor()));
    }

    @PostMapping(path = "/{id}/forward", consumes = JSON)
    public Done forward(@PathVariable String id, @Valid @RequestBody Forward request, @CurrentActor StaffUser user) {
        requireDepartment(request.toDepartment(), "toDepartment");
        return done(id, commands.send(new ForwardMessage(id, request.toDepartment(), request.reason(), clock.instant(),
                user.actor()), user.actor()));
    }

    @PostMapping("/{id}/escalate")
    public Done escalate(@PathVariable String id, @Valid @RequestBody(required = false) Note request, @CurrentActor StaffUser user) {
        String note = request == null ? null : request.note();
        return done(id, commands.send(new EscalateMessage(id, note, clock.instant(), user.actor()), user.actor()));
    }

    @PostMapping(path = "/{id}/instruct", consumes = JSON)
    public Done instruct(@PathVariable String id, @Valid @RequestBody Instruction request, @CurrentActor StaffUser user) {
        return done(id, commands.send(new InstructMessage(id, request.instruction(), clock.instant(), user.actor()), user.actor()));
    }

    @PostMapping(path = "/{id}/explain", consumes = JSON)
    public Done explain(@PathVariable String id, @Valid @RequestBody Explanation request, @CurrentActor StaffUser user) {
        int extend = request.extendWorkingDays() == null ? 0 : request.extendWorkingDays();
        return done(id, commands.send(new ExplainMessage(id, request.explanation(), extend, clock.instant(), user.actor()),
                user.actor()));
    }

    @PostMapping(path = "/{id}/reply", consumes = JSON)
    public Done reply(@PathVariable String id, @Valid @RequestBody Reply request, @CurrentActor StaffUser user) {
        return done(id, commands.send(new ReplyMessage(id, request.body(), request.publicReply(), clock.instant(),
                user.actor()), user.actor()));
    }

    @PostMapping("/{id}/close")
    public Done close(@PathVariable String id, @CurrentActor StaffUser user) {
        return done(id, commands.send(new CloseMessage(id, clock.instant(), user.actor()), user.actor()));
    }

    @PostMapping(path = "/{id}/reopen", consumes = JSON)
    public Done reopen(@PathVariable String id, @Valid @RequestBody Reason request, @CurrentActor StaffUser user) {
        return done(id, commands.send(new ReopenMessage(id, request.reason(), clock.instant(), user.actor()), user.actor()));
    }

    /**
     * The whole letter for the department holding it and for leaders (with the writer's contact
     * details, which they need to answer); auditors and admins see the contact masked.
     */
    @GetMapping("/{id}")
    public Map<String, Object> get(@PathVariable String id, @CurrentActor StaffUser user) {
        LetterSnapshot letter = reader.current(id).orElseThrow(() -> ActRefused.notFound("not-found", "no letter " + id));
        Actor actor = user.actor();
        boolean holder = actor.department().equals(letter.department()) && !actor.is(StaffRole.CITIZEN);
        boolean overseer = actor.is(StaffRole.LEADER) || actor.is(StaffRole.AUDITOR) || actor.is(StaffRole.ADMIN);
        if (!holder && !overseer) {
            throw ActRefused.forbidden("department", actor.username() + " of " + actor.department()
                    + " may not read a letter held by " + letter.department());
        }
        Contact contact = vault.contactOf(id).orElse(new Contact(null, null, null));
        boolean needsContact = holder || actor.is(StaffRole.LEADER);
        Map<String, Object> contactView = new LinkedHashMap<>();
        if (needsContact) {
            putIfPresent(contactView, "name", contact.name());
            putIfPresent(contactView, "phone", contact.phone());
            putIfPresent(contactView, "email", contact.email());
        } else {
            contactView.put("name", contact.maskedName());
        }
        return Map.of("letter", letter, "contact", contactView,
                "dueDate", letter.dueAt().atZone(WorkingDayCalendar.ZONE).toLocalDate());
    }

    private static void putIfPresent(Map<String, Object> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private Done done(String id, long version) {
        LetterSnapshot letter = reader.current(id).orElseThrow();
        return new Done(id, version, letter.status(), letter.dueAt().atZone(WorkingDayCalendar.ZONE).toLocalDate());
    }

    private void requireDepartment(String department, String field) {
        if (!departments.exists(department)) {
            throw ActRefused.unprocessable("unknown-department", "there is no department " + department, Map.of("field", field));
        }
    }
}
