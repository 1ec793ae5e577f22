package org.egovarchive.command.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.egovarchive.command.dispatch.Commands;
import org.egovarchive.command.staff.Actor;
import org.egovarchive.kernel.audit.AuditView;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.UUID;

/**
 * Records each audit read as a {@code RecordAccessed} event before its answer leaves: if the record
 * of the read cannot be written, the read fails, so no audit read goes unrecorded.
 */
@Component
public class AccessLog {

    public static final String API = "api";
    public static final String PAGE = "page";

    private final Commands commands;

    public AccessLog(Commands commands) {
        this.commands = commands;
    }

    public void record(Actor actor, String recordKind, String recordId, AuditView view, Map<String, String> parameters,
                       String channel) {
        commands.send(new RecordAccess(UUID.randomUUID().toString(), recordKind, recordId, view, parameters, channel, actor));
    }

    /** The channel of a request: the JSON API under {@code /api/}, otherwise the audit pages. */
    public static String channelOf(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/") ? API : PAGE;
    }
}
