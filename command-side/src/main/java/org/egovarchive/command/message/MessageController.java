package org.egovarchive.command.message;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.egovarchive.command.message.MessageCommands.AssignMessage;
import org.egovarchive.command.message.MessageCommands.CloseMessage;
import org.egovarchive.command.message.MessageCommands.EscalateMessage;
import org.egovarchive.command.message.MessageCommands.ExplainMessage;
import org.egovarchive.command.message.MessageCommands.ForwardMessage;
import org.egovarchive.command.message.MessageCommands.InstructMessage;
import org.egovarchive.command.message.MessageCommands.ReopenMessage;
import org.egovarchive.command.message.MessageCommands.ReplyMessage;
import org.egovarchive.command.staff.CurrentActor;
import org.egovarchive.command.staff.StaffUser;
import org.egovarchive.kernel.calendar.WorkingDayCalendar;
import org.egovarchive.kernel.message.MessageStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** The staff API for letters (API.md, "Letters"): the holding department's handlers answer, leaders instruct, the desk assigns. */
@RestController
@RequestMapping("/api/messages")
public class MessageController {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    private final MessageService letters;
    private final Clock clock;

    public MessageController(MessageService letters, Clock clock) {
        this.letters = letters;
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
        return done(id, letters.handTo(request.department(), "department",
                new AssignMessage(id, request.department(), clock.instant(), user.actor())));
    }

    @PostMapping(path = "/{id}/forward", consumes = JSON)
    public Done forward(@PathVariable String id, @Valid @RequestBody Forward request, @CurrentActor StaffUser user) {
        return done(id, letters.handTo(request.toDepartment(), "toDepartment",
                new ForwardMessage(id, request.toDepartment(), request.reason(), clock.instant(), user.actor())));
    }

    @PostMapping("/{id}/escalate")
    public Done escalate(@PathVariable String id, @Valid @RequestBody(required = false) Note request, @CurrentActor StaffUser user) {
        String note = request == null ? null : request.note();
        return done(id, letters.act(new EscalateMessage(id, note, clock.instant(), user.actor())));
    }

    @PostMapping(path = "/{id}/instruct", consumes = JSON)
    public Done instruct(@PathVariable String id, @Valid @RequestBody Instruction request, @CurrentActor StaffUser user) {
        return done(id, letters.act(new InstructMessage(id, request.instruction(), clock.instant(), user.actor())));
    }

    @PostMapping(path = "/{id}/explain", consumes = JSON)
    public Done explain(@PathVariable String id, @Valid @RequestBody Explanation request, @CurrentActor StaffUser user) {
        int extend = request.extendWorkingDays() == null ? 0 : request.extendWorkingDays();
        return done(id, letters.act(new ExplainMessage(id, request.explanation(), extend, clock.instant(), user.actor())));
    }

    @PostMapping(path = "/{id}/reply", consumes = JSON)
    public Done reply(@PathVariable String id, @Valid @RequestBody Reply request, @CurrentActor StaffUser user) {
        return done(id, letters.act(new ReplyMessage(id, request.body(), request.publicReply(), clock.instant(),
                user.actor())));
    }

    @PostMapping("/{id}/close")
    public Done close(@PathVariable String id, @CurrentActor StaffUser user) {
        return done(id, letters.act(new CloseMessage(id, clock.instant(), user.actor())));
    }

    @PostMapping(path = "/{id}/reopen", consumes = JSON)
    public Done reopen(@PathVariable String id, @Valid @RequestBody Reason request, @CurrentActor StaffUser user) {
        return done(id, letters.act(new ReopenMessage(id, request.reason(), clock.instant(), user.actor())));
    }

    /**
     * The whole letter for the department holding it and for leaders (with the writer's contact
     * details); auditors and admins see the contact masked ({@link MessageService#read}).
     */
    @GetMapping("/{id}")
    public Map<String, Object> get(@PathVariable String id, @CurrentActor StaffUser user) {
        MessageService.StaffView view = letters.read(id, user.actor());
        return Map.of("letter", LetterDetail.of(view.letter()), "contact", view.contact(),
                "dueDate", dueDate(view.letter().due().dueAt()));
    }

    private static Done done(String id, LetterActed acted) {
        return new Done(id, acted.version(), acted.status(), dueDate(acted.dueAt()));
    }

    private static LocalDate dueDate(Instant dueAt) {
        return dueAt.atZone(WorkingDayCalendar.ZONE).toLocalDate();
    }
}
