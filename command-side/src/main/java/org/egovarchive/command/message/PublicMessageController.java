package org.egovarchive.command.message;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.egovarchive.command.dispatch.Commands;
import org.egovarchive.command.message.MessageCommands.RateMessage;
import org.egovarchive.command.message.MessageCommands.ReceiveMessage;
import org.egovarchive.command.rule.ActRefused;
import org.egovarchive.command.staff.Actor;
import org.egovarchive.command.web.InvalidInputException;
import org.egovarchive.command.web.Problems;
import org.egovarchive.kernel.calendar.WorkingDayCalendar;
import org.egovarchive.kernel.message.Box;
import org.egovarchive.kernel.message.LetterRecord;
import org.egovarchive.kernel.message.MessageKind;
import org.egovarchive.kernel.message.MessageStatus;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The public letters API: write to the message board or the leader mailbox, follow the letter with its
 * tracking code, rate the answer. Hostile ground: every field is bounded, text must be plain, one of
 * phone or e-mail is required, submissions are rate-limited per address, and no answer ever carries
 * contact details or internal notes.
 */
@RestController
@RequestMapping("/api/public/messages")
public class PublicMessageController {

    private static final java.util.regex.Pattern MARKUP = java.util.regex.Pattern.compile("<\\s*[a-zA-Z/!?]|&#?[a-zA-Z0-9]+;");

    private final Commands commands;
    private final MessageReader reader;
    private final LetterVault vault;
    private final SubmissionLimiter limiter;
    private final LettersConfig.Properties properties;
    private final Clock clock;

    public PublicMessageController(Commands commands, MessageReader reader, LetterVault vault, SubmissionLimiter limiter,
                                   LettersConfig.Properties properties, Clock clock) {
        this.commands = commands;
        this.reader = reader;
        this.vault = vault;
        this.limiter = limiter;
        this.properties = properties;
        this.clock = clock;
    }

    record Submission(@NotNull Box box, @NotNull MessageKind kind, @NotBlank @Size(max = 100) String title,
                      @NotBlank @Size(max = 5000) String body, @NotBlank @Size(max = 50) String contactName,
                      @Size(max = 20) @Pattern(regexp = "\\+?[0-9][0-9 -]{5,18}[0-9]", message = "must be a phone number") String contactPhone,
                      @Size(max = 100) @Email String contactEmail, @NotNull Boolean publicReply) {
    }

    record Submitted(String id, String trackingCode, LocalDate dueDate) {
    }

    record Rating(@NotNull @Min(1) @Max(5) Integer score, @Size(max = 500) String comment) {
    }

    /** What the writer sees: status and answer, never contact details or internal notes. */
    record Tracking(MessageStatus status, LocalDate dueDate, String reply, Instant repliedAt) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> submit(@Valid @RequestBody Submission submission, HttpServletRequest request) {
        OptionalLong wait = limiter.admit(request.getRemoteAddr());
        if (wait.isPresent()) {
            ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                    "too many letters from this address; try again later");
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(wait.getAsLong())).body(problem);
        }
        requirePlainTextAndAReachableContact(submission);
        String id = UUID.randomUUID().toString();
        String code = TrackingCodes.next();
        Contact contact = new Contact(submission.contactName().trim(), blankToNull(submission.contactPhone()),
                blankToNull(submission.contactEmail()));
        commands.send(new ReceiveMessage(id, submission.box(), submission.kind(), submission.title().trim(),
                submission.body().trim(), submission.publicReply(), contact, TrackingCodes.hash(code),
                properties.autoAssign().get(submission.box()), clock.instant(), Actor.citizen()));
        LocalDate due = reader.current(id).orElseThrow().due().dueAt().atZone(WorkingDayCalendar.ZONE).toLocalDate();
        return ResponseEntity.created(URI.create("/api/public/messages/" + code)).body(new Submitted(id, code, due));
    }

    @GetMapping("/{trackingCode}")
    public Tracking track(@PathVariable String trackingCode) {
        LetterRecord letter = letterOf(trackingCode);
        LetterRecord.Reply reply = letter.reply();
        return new Tracking(letter.status(), letter.due().dueAt().atZone(WorkingDayCalendar.ZONE).toLocalDate(),
                reply == null ? null : reply.body(), reply == null ? null : reply.at());
    }

    @PostMapping(path = "/{trackingCode}/rating", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> rate(@PathVariable String trackingCode, @Valid @RequestBody Rating rating) {
        LetterRecord letter = letterOf(trackingCode);
        if (rating.comment() != null && MARKUP.matcher(rating.comment()).find()) {
            throw new InvalidInputException(List.of(new Problems.FieldError("comment", "must be plain text (no HTML)")));
        }
        commands.send(new RateMessage(letter.messageId(), rating.score(), blankToNull(rating.comment()), clock.instant(),
                Actor.citizen()));
        return Map.of("rated", true, "score", rating.score());
    }

    private LetterRecord letterOf(String trackingCode) {
        ActRefused unknown = ActRefused.notFound("not-found", "no letter with this tracking code");
        if (!TrackingCodes.wellFormed(trackingCode)) {
            throw unknown;
        }
        return vault.messageOf(TrackingCodes.hash(trackingCode)).flatMap(reader::current).orElseThrow(() -> unknown);
    }

    private static void requirePlainTextAndAReachableContact(Submission s) {
        List<Problems.FieldError> errors = new ArrayList<>();
        Map.of("title", s.title(), "body", s.body(), "contactName", s.contactName()).forEach((field, text) -> {
            if (MARKUP.matcher(text).find()) {
                errors.add(new Problems.FieldError(field, "must be plain text (no HTML)"));
            }
        });
        if (blankToNull(s.contactPhone()) == null && blankToNull(s.contactEmail()) == null) {
            errors.add(new Problems.FieldError("contactPhone", "give a phone number or an e-mail address"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
