package org.egovarchive.command.audit;

import org.egovarchive.command.demo.DemoData;
import org.egovarchive.command.rule.ActRefused;
import org.egovarchive.command.staff.Actor;
import org.egovarchive.command.staff.CurrentActor;
import org.egovarchive.command.staff.StaffUser;
import org.egovarchive.command.web.InvalidInputException;
import org.egovarchive.command.web.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;

/**
 * The audit pages ({@code /audit/...}), server-rendered beside the event store they read, for people
 * rather than scripts: a record's timeline, its state at a chosen instant, the diff between two
 * versions, its verification, and its package to download. Every page of a record is one recorded read.
 */
@Controller
@RequestMapping("/audit")
public class AuditPages {

    private static final int RECENT = 20;

    private final AuditReads reads;
    private final RecordHeaders headers;
    private final boolean demo;

    public AuditPages(AuditReads reads, RecordHeaders headers, @Value("${egov.demo.enabled}") boolean demo) {
        this.reads = reads;
        this.headers = headers;
        this.demo = demo;
    }

    @ModelAttribute("user")
    public Actor user(@CurrentActor StaffUser user) {
        return user == null ? null : user.actor();
    }

    /** Where to start: open any record by id, or one of the latest documents and seals; in demo mode, the seed speech. */
    @GetMapping
    public String index(Model model) {
        if (demo) {
            try {
                model.addAttribute("example", headers.require(AuditKind.DOCUMENT, DemoData.SPEECH_ID));
            } catch (ActRefused notLoadedYet) {
                // the demo data is loaded after start: until then there is no example to offer
            }
        }
        model.addAttribute("documents", headers.recent(AuditKind.DOCUMENT, RECENT));
        model.addAttribute("seals", headers.recent(AuditKind.SEAL, RECENT));
        return "audit/index";
    }

    @GetMapping("/open")
    public String open(@RequestParam(defaultValue = "document") String kind, @RequestParam(defaultValue = "") String id) {
        if (id.isBlank()) {
            throw new InvalidInputException(List.of(new Problems.FieldError("id", "请输入记录编号")));
        }
        return "redirect:" + path(AuditKind.named(kind).urlName(), id.trim(), "history");
    }

    @GetMapping("/{kind:document|message|seal}/{id}")
    public String record(@PathVariable String kind, @PathVariable String id) {
        return "redirect:" + path(kind, id, "history");
    }

    @GetMapping("/{kind}/{id}/history")
    public String history(@PathVariable String kind, @PathVariable String id, @CurrentActor StaffUser user, Model model) {
        model.addAttribute("header", reads.header(kind, id, user.actor()));
        model.addAttribute("history", reads.history(kind, id, user.actor(), AccessLog.PAGE));
        return "audit/history";
    }

    /** A record not begun yet at {@code at}, or an unreadable {@code at}, is said on the page beside the form. */
    @GetMapping("/{kind}/{id}/state")
    public String state(@PathVariable String kind, @PathVariable String id, @RequestParam(required = false) String at,
                        @CurrentActor StaffUser user, Model model) {
        RecordHeaders.Header header = reads.header(kind, id, user.actor());
        model.addAttribute("header", header);
        try {
            model.addAttribute("state", reads.state(kind, id, at, user.actor(), AccessLog.PAGE));
        } catch (InvalidInputException e) {
            model.addAttribute("atError", AuditInstant.EXPECTED);
        } catch (ActRefused e) {
            if (!"not-yet".equals(e.code())) {
                throw e;
            }
            model.addAttribute("notYet", AuditInstant.parse("at", at));
        }
        return "audit/state";
    }

    @GetMapping("/document/{id}/diff")
    public String diff(@PathVariable String id, @RequestParam(required = false) String from,
                       @RequestParam(required = false) String to, @CurrentActor StaffUser user, Model model) {
        model.addAttribute("header", reads.header(AuditKind.DOCUMENT.urlName(), id, user.actor()));
        model.addAttribute("diff", reads.diff(id, from, to, user.actor(), AccessLog.PAGE));
        return "audit/diff";
    }

    @GetMapping("/{kind}/{id}/verify")
    public String verify(@PathVariable String kind, @PathVariable String id, @CurrentActor StaffUser user, Model model) {
        model.addAttribute("header", reads.header(kind, id, user.actor()));
        model.addAttribute("verification", reads.verify(kind, id, user.actor(), AccessLog.PAGE));
        return "audit/verify";
    }

    private static String path(String kind, String id, String view) {
        return UriComponentsBuilder.fromPath("/audit/{kind}/{id}/{view}").buildAndExpand(kind, id, view).encode().toUriString();
    }
}
