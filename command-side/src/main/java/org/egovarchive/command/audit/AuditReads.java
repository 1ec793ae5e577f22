package org.egovarchive.command.audit;

import org.egovarchive.command.staff.Actor;
import org.egovarchive.command.web.InvalidInputException;
import org.egovarchive.command.web.Problems;
import org.egovarchive.kernel.audit.AuditView;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every audit read, for the API and the pages alike: check the reader's role, check the record is of
 * the kind asked for, read, record the read ({@link AccessLog}), answer. A read that fails (unknown
 * record, bad parameter) shows nothing and is not recorded.
 */
@Service
public class AuditReads {

    private final RecordHeaders headers;
    private final Reconstruction reconstruction;
    private final Timeline timeline;
    private final ContentVersions versions;
    private final RecordVerifier verifier;
    private final AccessLog accessLog;

    public AuditReads(RecordHeaders headers, Reconstruction reconstruction, Timeline timeline, ContentVersions versions,
                      RecordVerifier verifier, AccessLog accessLog) {
        this.headers = headers;
        this.reconstruction = reconstruction;
        this.timeline = timeline;
        this.versions = versions;
        this.verifier = verifier;
        this.accessLog = accessLog;
    }

    public RecordHeaders.Header header(String kind, String id, Actor actor) {
        Auditors.require(actor);
        return headers.require(AuditKind.named(kind), id);
    }

    public Reconstruction.RecordState state(String kind, String id, String at, Actor actor, String channel) {
        RecordHeaders.Header header = header(kind, id, actor);
        Instant instant = AuditInstant.parse("at", at);
        Reconstruction.RecordState state = reconstruction.at(header, instant);
        accessLog.record(actor, kind, id, AuditView.STATE, instant == null ? Map.of() : Map.of("at", instant.toString()),
                channel);
        return state;
    }

    public Timeline.History history(String kind, String id, Actor actor, String channel) {
        Timeline.History history = timeline.of(header(kind, id, actor));
        accessLog.record(actor, kind, id, AuditView.HISTORY, Map.of(), channel);
        return history;
    }

    public ContentVersions.Diff diff(String id, String from, String to, Actor actor, String channel) {
        RecordHeaders.Header header = header(AuditKind.DOCUMENT.urlName(), id, actor);
        ContentVersions.Diff diff = versions.between(header, version("from", from), version("to", to));
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("from", Long.toString(diff.from().contentVersion()));
        parameters.put("to", Long.toString(diff.to().contentVersion()));
        accessLog.record(actor, AuditKind.DOCUMENT.urlName(), id, AuditView.DIFF, parameters, channel);
        return diff;
    }

    public RecordVerifier.Verification verify(String kind, String id, Actor actor, String channel) {
        RecordVerifier.Verification verification = verifier.verify(header(kind, id, actor).id());
        accessLog.record(actor, kind, id, AuditView.VERIFY, Map.of(), channel);
        return verification;
    }

    private static Long version(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(List.of(new Problems.FieldError(field, "must be a content version number (1, 2, …)")));
        }
    }
}
