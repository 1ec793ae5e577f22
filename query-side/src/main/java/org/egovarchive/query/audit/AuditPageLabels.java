package org.egovarchive.query.audit;

import org.egovarchive.kernel.event.EventLabels;
import org.egovarchive.kernel.event.EventTypes;
import org.egovarchive.kernel.staff.Department;
import org.egovarchive.kernel.staff.StaffRole;
import org.springframework.stereotype.Component;

import java.text.Collator;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The words of the audit search pages, as {@code @auditPageLabels} in templates: Chinese names, Beijing time. */
@Component("auditPageLabels")
public class AuditPageLabels {

    private static final Map<String, String> VIEWS = Map.of("STATE", "某一时刻的状态", "HISTORY", "时间线", "DIFF", "版本比较",
            "VERIFY", "真实性校验", "EXPORT", "导出档案包", "TRANSFER", "移交档案包");
    private static final Map<String, String> KINDS = Map.of("document", "公文", "message", "来信", "seal", "电子印章",
            "department", "部门");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(AuditFilter.BEIJING);

    public String event(String type) {
        return EventLabels.of(type);
    }

    /** Every event type, for choosing one: name and label, in the order of their labels. */
    public List<Map.Entry<String, String>> eventTypes() {
        return EventTypes.all().stream().map(EventTypes::nameOf).map(name -> Map.entry(name, EventLabels.of(name)))
                .sorted(Map.Entry.comparingByValue(Collator.getInstance(Locale.CHINA))).toList();
    }

    /** What an audit read showed, and of which kind of record. */
    public String read(String view, String kind) {
        return VIEWS.getOrDefault(view, view) + "·" + KINDS.getOrDefault(kind, kind);
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
