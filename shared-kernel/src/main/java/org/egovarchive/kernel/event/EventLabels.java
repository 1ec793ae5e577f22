package org.egovarchive.kernel.event;

import java.util.Map;

/**
 * What each event type is called in Chinese, for people reading a record's timeline or an audit search
 * on either side. A name not listed here shows as itself.
 */
public final class EventLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("DocumentDrafted", "起草"), Map.entry("DocumentEdited", "修改内容"),
            Map.entry("DocumentSubmitted", "提交审签"), Map.entry("DocumentApproved", "审签通过"),
            Map.entry("DocumentRejected", "退回修改"), Map.entry("DocumentSealed", "加盖电子印章"),
            Map.entry("DocumentPublished", "发布上网"), Map.entry("DocumentWithdrawn", "撤回"),
            Map.entry("DocumentForwarded", "转发"), Map.entry("DocumentArchived", "归档"),
            Map.entry("DocumentStatusMarked", "标注状态"), Map.entry("PublicationBlocked", "发布被拦截"),
            Map.entry("MessageReceived", "收到来信"), Map.entry("MessageAssigned", "分派办理"),
            Map.entry("MessageForwarded", "转办"), Map.entry("MessageEscalated", "送领导阅示"),
            Map.entry("LeaderInstructed", "领导批示"), Map.entry("MessageExplained", "解释说明"),
            Map.entry("MessageReplied", "答复"), Map.entry("MessageClosed", "办结"),
            Map.entry("MessageRated", "评价"), Map.entry("MessageReopened", "重新办理"),
            Map.entry("SealRegistered", "登记印章"), Map.entry("SealKeeperAuthorized", "授权印章管理员"),
            Map.entry("SealKeeperRevoked", "撤销印章管理员"), Map.entry("SealRevoked", "注销印章"),
            Map.entry("RecordAccessed", "审计查阅"));

    private EventLabels() {
    }

    public static String of(String type) {
        return type == null ? "" : LABELS.getOrDefault(type, type);
    }
}
