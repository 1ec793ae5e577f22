package org.egovarchive.command.audit;

import org.egovarchive.command.staff.Departments;
import org.egovarchive.kernel.event.EventLabels;
import org.egovarchive.kernel.staff.Department;
import org.egovarchive.kernel.staff.StaffRole;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of the audit pages: what each event, role, state and department is called in Chinese, and
 * times in Beijing time. Used by the templates as {@code @auditLabels}; an unknown key shows as itself.
 */
@Component("auditLabels")
public class AuditLabels {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(AuditInstant.BEIJING);
    private static final DateTimeFormatter PRECISE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS")
            .withZone(AuditInstant.BEIJING);
    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(AuditInstant.BEIJING);

    private static final Map<String, String> STATES = Map.ofEntries(
            Map.entry("DRAFT", "草稿"), Map.entry("SUBMITTED", "待审签"), Map.entry("APPROVED", "已审签"),
            Map.entry("REJECTED", "已退回"), Map.entry("SEALED", "已盖章"), Map.entry("PUBLISHED", "已发布"),
            Map.entry("WITHDRAWN", "已撤回"), Map.entry("ARCHIVED", "已归档"), Map.entry("RECEIVED", "已收到"),
            Map.entry("ASSIGNED", "办理中"), Map.entry("EXPLAINED", "已解释说明"), Map.entry("ESCALATED", "已送领导阅示"),
            Map.entry("INSTRUCTED", "领导已批示"), Map.entry("REPLIED", "已答复"), Map.entry("CLOSED", "已办结"));

    private static final Map<String, String> NOTES = Map.of("FORWARDED", "转办", "ESCALATED", "送领导阅示",
            "INSTRUCTED", "领导批示", "EXPLAINED", "解释说明", "REOPENED", "重新办理");

    private static final Map<String, String> CLASSIFICATIONS = Map.of("PUBLIC", "公开", "INTERNAL", "内部",
            "SECRET", "秘密", "CONFIDENTIAL", "机密", "TOP_SECRET", "绝密");
    private static final Pattern SEAL_CHECK = Pattern.compile("seal at sequence (\\d+) \\(content version (\\d+), seal (.+), keeper (.+)\\)");

    private static final Map<String, String> KINDS = Map.of("document", "公文", "message", "来信", "seal", "电子印章");

    private final Departments departments;

    public AuditLabels(Departments departments) {
        this.departments = departments;
    }

    public String event(String type) {
        return EventLabels.of(type);
    }

    public String role(String role) {
        return Arrays.stream(StaffRole.values()).filter(r -> r.name().equals(role)).findFirst().map(StaffRole::label)
                .orElse(role == null ? "" : role);
    }

    public String state(Object state) {
        return state == null ? "" : STATES.getOrDefault(state.toString(), state.toString());
    }

    /** The kind of an internal step of a letter's handling. */
    public String note(String kind) {
        return NOTES.getOrDefault(kind, kind);
    }

    public String classification(Object classification) {
        return classification == null ? "" : CLASSIFICATIONS.getOrDefault(classification.toString(), classification.toString());
    }

    /** A verification check's name in words: the hash chain, or which seal was checked. */
    public String check(String name) {
        if ("hash-chain".equals(name)) {
            return "哈希链：事件首尾相连";
        }
        Matcher seal = SEAL_CHECK.matcher(name);
        return seal.matches() ? "电子印章签名：序号 " + seal.group(1) + " 的盖章（内容版本 " + seal.group(2) + "，盖章人 "
                + seal.group(4) + "）" : name;
    }

    /** What a check's outcome means, in words; the technical detail is shown beside it. */
    public String verdict(String name, boolean valid) {
        if ("hash-chain".equals(name)) {
            return valid ? "每个事件都与保存时的哈希一致，且与前一事件相连：没有事件被改动、删除或调换。"
                    : "哈希链在下述位置断开：该事件在保存后被改动过，或事件被删除、调换。";
        }
        return valid ? "签名与所盖内容一致；盖章时印章有效，盖章人已获授权。"
                : "签名、内容或授权不成立，见详情。";
    }

    public String kind(String kind) {
        return KINDS.getOrDefault(kind, kind);
    }

    public String department(String id) {
        if (id == null) {
            return "";
        }
        return departments.departments().stream().filter(d -> d.id().equals(id)).map(Department::name).findFirst()
                .orElse("public".equals(id) ? "公众" : id);
    }

    /** Beijing time to the second, as people read it. */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** Beijing time to the microsecond, for events recorded within one second of each other. */
    public String precise(Instant instant) {
        return instant == null ? "" : PRECISE.format(instant);
    }

    /** The value a date-time field of the pages shows for an instant. */
    public String field(Instant instant) {
        return instant == null ? "" : FIELD.format(instant);
    }

    /** A hash shortened for reading; the page shows the whole of it next to this. */
    public String shortHash(String hash) {
        return hash == null ? "—" : hash.length() <= 12 ? hash : hash.substring(0, 12) + "…";
    }
}
