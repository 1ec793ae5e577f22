package org.egovarchive.query.letters;

import org.egovarchive.kernel.calendar.WorkingDayCalendar;
import org.egovarchive.kernel.staff.Department;
import org.egovarchive.query.projection.MessageView;
import org.egovarchive.query.staff.Staff;
import org.egovarchive.query.web.BadParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The public replies board API, the leader queue and the overdue lists. The board shows 受理日期, 答复日期,
 * 答复部门 and the texts — never contact details, which the read models do not even hold.
 */
@RestController
public class LettersController {

    private static final int MAX_SIZE = 100;
    private static final int MAX_DEPTH = 10_000;

    private final LetterLists lists;
    private final Clock clock;

    public LettersController(LetterLists lists, Clock clock) {
        this.lists = lists;
        this.clock = clock;
    }

    /** One entry of the board. */
    public record PublicReply(String title, String body, String reply, String department, String departmentName,
                              LocalDate receivedAt, LocalDate repliedAt) {
        static PublicReply of(MessageView m) {
            return new PublicReply(m.title(), m.body(), m.reply(), m.department(),
                    Department.demo(m.department()).map(Department::name).orElse(m.department()),
                    date(m.receivedAt()), date(m.repliedAt()));
        }
    }

    public record Replies(long total, int page, int size, List<PublicReply> hits) {
    }

    /** A letter in a staff list: figures and dates, no text, no contact. */
    public record Listed(String id, String box, String kind, String status, String department, Instant receivedAt,
                         Instant dueAt, Instant escalatedAt, Long overdueDays, boolean openOverThreeMonths) {
    }

    public record Listing(long total, int page, int size, List<Listed> letters) {
    }

    @GetMapping("/api/public/replies")
    public Replies replies(@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size) {
        bounds(page, size);
        LetterLists.Page found = lists.publicReplies(page, size);
        return new Replies(found.total(), page, size, found.letters().stream().map(PublicReply::of).toList());
    }

    @GetMapping("/api/leader/queue")
    public Listing leaderQueue(@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "50") int size) {
        bounds(page, size);
        return listing(lists.leaderQueue(page, size), page, size);
    }

    /** Open letters past due: a department's own for its staff, any department's for leaders, auditors, admins. */
    @GetMapping("/api/stats/overdue")
    public Listing overdue(@RequestParam(required = false) String department, @RequestParam(defaultValue = "1") int page,
                           @RequestParam(defaultValue = "50") int size, @AuthenticationPrincipal Staff staff) {
        bounds(page, size);
        String scope = department == null || department.isBlank() ? null : department.trim();
        if (!staff.readsAllDepartments()) {
            if (scope != null && !scope.equals(staff.department())) {
                throw new ResponseStatusException(HttpStatus.FORBIDDEN, staff.getUsername() + " of " + staff.department()
                        + " may not list the letters of " + scope);
            }
            scope = staff.department();
        }
        return listing(lists.overdue(scope, clock.instant(), page, size), page, size);
    }

    private Listing listing(LetterLists.Page found, int page, int size) {
        Instant now = clock.instant();
        return new Listing(found.total(), page, size, found.letters().stream().map(m -> new Listed(m.id(), m.box().name(),
                m.kind().name(), m.status().name(), m.department(), m.receivedAt(), m.dueAt(), m.escalatedAt(),
                m.repliedAt() == null && m.dueAt().isBefore(now) ? Duration.between(m.dueAt(), now).toDays() : null,
                m.repliedAt() == null && m.receivedAt().plus(Duration.ofDays(91)).isBefore(now))).toList());
    }

    private static void bounds(int page, int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new BadParameterException("size", "must be between 1 and " + MAX_SIZE);
        }
        if (page < 1 || (long) page * size > MAX_DEPTH) {
            throw new BadParameterException("page", "must be between 1 and " + MAX_DEPTH / size);
        }
    }

    private static LocalDate date(Instant instant) {
        return instant == null ? null : instant.atZone(WorkingDayCalendar.ZONE).toLocalDate();
    }
}
