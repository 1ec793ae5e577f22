package org.egovarchive.command.archive;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import org.egovarchive.command.audit.AccessLog;
import org.egovarchive.command.audit.Auditors;
import org.egovarchive.command.rule.ActRefused;
import org.egovarchive.command.staff.CurrentActor;
import org.egovarchive.command.staff.Departments;
import org.egovarchive.command.staff.StaffUser;
import org.egovarchive.kernel.audit.AuditView;
import org.egovarchive.kernel.seal.Hex;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/audit/{kind}/{id}/export} — one record's package — and {@code GET /api/audit/transfer}
 * — the archive transfer (移交) of a department's documents of one year (auditor, admin, leader). The
 * package also downloads from the audit pages ({@code /audit/{kind}/{id}/export}, with their session).
 * Each download is recorded as an audit read.
 */
@RestController
public class ExportController {

    private final PackageBuilder packages;
    private final RecordKinds kinds;
    private final TransferSelection transfers;
    private final Departments departments;
    private final AccessLog accessLog;

    public ExportController(PackageBuilder packages, RecordKinds kinds, TransferSelection transfers,
                            Departments departments, AccessLog accessLog) {
        this.packages = packages;
        this.kinds = kinds;
        this.transfers = transfers;
        this.departments = departments;
        this.accessLog = accessLog;
    }

    @GetMapping({"/api/audit/{kind}/{id}/export", "/audit/{kind}/{id}/export"})
    public ResponseEntity<byte[]> export(@PathVariable String kind, @PathVariable String id,
                                         @RequestParam(required = false) Long checkpoint, @CurrentActor StaffUser user,
                                         HttpServletRequest request) {
        Auditors.require(user.actor());
        RecordKind recordKind = kinds.named(kind).orElseThrow(() -> ActRefused.notFound("not-found",
                "records of kind " + kind + " cannot be exported (yet); kinds: document, message, seal"));
        ObjectNode scope = Payloads.JSON.createObjectNode().put("kind", kind).put("id", id);
        byte[] zip = packages.build(List.of(packages.record(recordKind, id)), scope, checkpoint, user.actor().username());
        accessLog.record(user.actor(), kind, id, AuditView.EXPORT, checkpointOf(checkpoint), AccessLog.channelOf(request));
        return zip("egov-" + kind + "-" + id + ".zip", zip);
    }

    @GetMapping("/api/audit/transfer")
    public ResponseEntity<byte[]> transfer(@RequestParam String department, @RequestParam int year,
                                           @RequestParam(required = false) Long checkpoint, @CurrentActor StaffUser user,
                                           HttpServletRequest request) {
        Auditors.require(user.actor());
        if (!departments.exists(department)) {
            throw ActRefused.unprocessable("unknown-department", "there is no department " + department,
                    Map.of("field", "department"));
        }
        if (year < 2000 || year > 2100) {
            throw ActRefused.unprocessable("bad-year", "year must lie between 2000 and 2100", Map.of("field", "year"));
        }
        RecordKind documents = kinds.named("document").orElseThrow();
        List<PackageBuilder.Entry> records = transfers.documents(department, year).stream()
                .map(id -> packages.record(documents, id)).toList();
        if (records.isEmpty()) {
            throw ActRefused.notFound("nothing-to-transfer", "department " + department + " has no documents of " + year);
        }
        ObjectNode scope = Payloads.JSON.createObjectNode().put("transfer", "移交").put("department", department)
                .put("year", year).put("rule", TransferSelection.RULE);
        byte[] zip = packages.build(records, scope, checkpoint, user.actor().username());
        Map<String, String> parameters = new HashMap<>(checkpointOf(checkpoint));
        parameters.put("year", Integer.toString(year));
        accessLog.record(user.actor(), "department", department, AuditView.TRANSFER, parameters, AccessLog.channelOf(request));
        return zip("egov-transfer-" + department + "-" + year + ".zip", zip);
    }

    private static Map<String, String> checkpointOf(Long checkpoint) {
        return checkpoint == null ? Map.of() : Map.of("checkpoint", checkpoint.toString());
    }

    private static ResponseEntity<byte[]> zip(String fileName, byte[] zip) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                // to note down on receipt: it names this very file
                .header("X-Package-SHA256", Hex.encode(PackageFiles.sha256(zip)))
                .body(zip);
    }
}
