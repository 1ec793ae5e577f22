package org.egovarchive.command.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.egovarchive.command.seal.SealRegistry;
import org.egovarchive.kernel.document.DocType;
import org.egovarchive.kernel.message.Box;
import org.egovarchive.kernel.message.MessageKind;
import org.egovarchive.kernel.seal.SealRecord;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.StreamSupport;

/**
 * One line in words for each event of a timeline, from its stored payload, so that a reader who is
 * not a programmer sees what happened without opening the raw record. Long text (a body, a reply) is
 * not repeated: the state and diff pages show it.
 */
@Component("eventSummaries")
public class EventSummaries {

    private final SealRegistry seals;
    private final AuditLabels labels;

    public EventSummaries(SealRegistry seals, AuditLabels labels) {
        this.seals = seals;
        this.labels = labels;
    }

    public String of(Timeline.Entry entry) {
        JsonNode p = entry.payload();
        if (p == null || !p.isObject()) {
            return "记录内容无法读取";
        }
        List<String> parts = new ArrayList<>();
        switch (entry.type()) {
            case "DocumentDrafted" -> parts.add("《" + text(p, "title") + "》，" + label(DocType.class, text(p, "docType"), DocType::label)
                    + "，密级 " + labels.classification(text(p, "classification")) + "，栏目 " + text(p, "channel"));
            case "DocumentEdited" -> add(parts, "内容版本 %s：《%s》", p, "contentVersion", "title");
            case "DocumentSubmitted" -> add(parts, "内容版本 %s", p, "contentVersion");
            case "DocumentApproved" -> add(parts, "内容版本 %s，意见：%s", p, "contentVersion", "comment");
            case "DocumentRejected" -> add(parts, "内容版本 %s，理由：%s", p, "contentVersion", "reason");
            case "DocumentSealed" -> parts.add("加盖「" + sealName(text(p, "sealId")) + "」，盖章人 " + text(p, "keeper")
                    + "，内容版本 " + text(p, "contentVersion") + "，算法 " + text(p, "algorithm"));
            case "DocumentPublished" -> parts.add("栏目 " + text(p, "channel") + "，发布日期 " + date(text(p, "publishedAt")));
            case "DocumentWithdrawn", "SealRevoked" -> add(parts, "理由：%s", p, "reason");
            case "DocumentForwarded" -> parts.add("转发至 " + departments(p.get("toDepartments")) + "；" + text(p, "note"));
            case "DocumentArchived" -> add(parts, "保管期限 %s 年", p, "retentionYears");
            case "DocumentStatusMarked" -> add(parts, "%s：%s", p, "mark", "note");
            case "PublicationBlocked" -> parts.add("密级 " + labels.classification(text(p, "classification")) + "；"
                    + text(p, "reason"));
            case "MessageReceived" -> parts.add("《" + text(p, "title") + "》，" + label(Box.class, text(p, "box"), Box::label) + "，"
                    + label(MessageKind.class, text(p, "kind"), MessageKind::label));
            case "MessageAssigned", "MessageClosed" -> parts.add(labels.department(text(p, "department")));
            case "MessageForwarded" -> parts.add(labels.department(text(p, "fromDepartment")) + " → "
                    + labels.department(text(p, "toDepartment")) + "：" + text(p, "reason"));
            case "MessageEscalated" -> add(parts, "%s", p, "note");
            case "LeaderInstructed" -> add(parts, "%s：%s", p, "leader", "instruction");
            case "MessageExplained" -> add(parts, "延长 %s 个工作日", p, "extendedWorkingDays");
            case "MessageReplied" -> parts.add(p.path("publicReply").asBoolean() ? "公开答复" : "不公开答复");
            case "MessageRated" -> add(parts, "%s 分", p, "score");
            case "MessageReopened" -> add(parts, "理由：%s", p, "reason");
            case "SealRegistered" -> parts.add("「" + text(p, "name") + "」，" + labels.department(text(p, "department"))
                    + "，算法 " + text(p, "algorithm"));
            case "SealKeeperAuthorized", "SealKeeperRevoked" -> add(parts, "印章管理员 %s", p, "username");
            default -> {
                // an event type without words of its own: the raw record below says it all
            }
        }
        return String.join("；", parts);
    }

    private void add(List<String> parts, String format, JsonNode payload, String... fields) {
        Object[] values = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            String value = text(payload, fields[i]);
            values[i] = value == null ? "—" : value;
        }
        parts.add(String.format(format, values));
    }

    /** The label the public site shows for an enum value; the value itself if unknown. */
    private static <E extends Enum<E>> String label(Class<E> type, String value, Function<E, String> label) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(value)).findFirst().map(label)
                .orElse(value);
    }

    private String date(String instant) {
        try {
            return labels.time(Instant.parse(instant));
        } catch (RuntimeException unreadable) {
            return instant;
        }
    }

    private String sealName(String sealId) {
        return sealId == null ? "—" : seals.find(sealId).map(SealRecord::name).orElse(sealId);
    }

    private String departments(JsonNode ids) {
        if (ids == null || !ids.isArray()) {
            return "—";
        }
        return String.join("、", StreamSupport.stream(ids.spliterator(), false).map(id -> labels.department(id.asText())).toList());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
