package org.egovarchive.command.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.egovarchive.command.staff.CurrentActor;
import org.egovarchive.command.staff.StaffUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit API (auditor, admin, leader): a record as it stood at an instant, its history, the diff
 * between two content versions of a document, and its verification. Each read is recorded.
 */
@RestController
public class AuditController {

    private final AuditReads reads;

    public AuditController(AuditReads reads) {
        this.reads = reads;
    }

    /** {@code at}: see {@link AuditInstant}; absent, the record as it stands now. */
    @GetMapping("/api/audit/{kind:document|message|seal}/{id}")
    public Reconstruction.RecordState state(@PathVariable String kind, @PathVariable String id,
                                            @RequestParam(required = false) String at, @CurrentActor StaffUser user,
                                            HttpServletRequest request) {
        return reads.state(kind, id, at, user.actor(), AccessLog.channelOf(request));
    }

    @GetMapping("/api/audit/{kind}/{id}/history")
    public Timeline.History history(@PathVariable String kind, @PathVariable String id, @CurrentActor StaffUser user,
                                    HttpServletRequest request) {
        return reads.history(kind, id, user.actor(), AccessLog.channelOf(request));
    }

    @GetMapping("/api/audit/document/{id}/diff")
    public ContentVersions.Diff diff(@PathVariable String id, @RequestParam(required = false) String from,
                                     @RequestParam(required = false) String to, @CurrentActor StaffUser user,
                                     HttpServletRequest request) {
        return reads.diff(id, from, to, user.actor(), AccessLog.channelOf(request));
    }

    @GetMapping("/api/audit/{kind}/{id}/verify")
    public RecordVerifier.Verification verify(@PathVariable String kind, @PathVariable String id,
                                              @CurrentActor StaffUser user, HttpServletRequest request) {
        return reads.verify(kind, id, user.actor(), AccessLog.channelOf(request));
    }
}
