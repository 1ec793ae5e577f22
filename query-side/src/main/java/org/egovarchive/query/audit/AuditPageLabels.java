package org.egovarchive.query.audit;

import org.egovarchive.kernel.event.EventLabels;
import org.egovarchive.kernel.staff.Department;
import org.egovarchive.kernel.staff.StaffRole;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/** The words of the audit search pages, as {@code @auditPageLabels} in templates: Chinese names, Beijing time. */
@Component("auditPageLabels")
public class AuditPageLabels {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(AuditFilter.BEIJING);

    public String event(String type) {
        return EventLabels.of(type);
    }

    public String role(String role) {
        return Arrays.stream(StaffRole.values()).filter(r -> r.name().equals(role)).findFirst().map(StaffRole::label)
                .orElse(role == null ? "" : role);
    }

    public String department(String id) {
        return id == null ? "" : Department.demo(id).map(Department::name).orElse("public".equals(id) ? "公众" : id);
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public String shortHash(String hash) {
        return hash == null ? "—" : hash.length() <= 12 ? hash : hash.substring(0, 12) + "…";
    }
}
