package org.egovarchive.command.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.egovarchive.command.support.Api;
import org.egovarchive.command.support.CommandSideIT;
import org.egovarchive.command.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A letter through the audit view: its whole handling is there, its writer's contact details nowhere. */
@CommandSideIT
class AuditLettersIT {

    private static final String NAME = "钱七隐私";
    private static final String PHONE = "13800138000";
    private static final String EMAIL = "qian.qi@example.org";

    @LocalServerPort
    int port;

    @Test
    void aLettersHistoryStateAndPagesNeverContainTheWritersContactDetails() {
        Api api = new Api(port);
        Api.Response submitted = api.postJson("/api/public/messages", null, """
                {"box": "MESSAGE_BOARD", "kind": "COMPLAINT", "title": "小区噪音投诉", "body": "夜间施工扰民。",
                 "contactName": "%s", "contactPhone": "%s", "contactEmail": "%s", "publicReply": false}"""
                .formatted(NAME, PHONE, EMAIL));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String id = submitted.json().get("id").asText();
        assertThat(api.postJson("/api/messages/" + id + "/reply", "handler1",
                "{\"body\": \"已责成施工单位整改。\", \"publicReply\": false}").status()).isEqualTo(200);
        PageSession auditor = new PageSession(port).signIn("auditor1");

        JsonNode history = AuditReconstructionIT.ok(api.get("/api/audit/message/" + id + "/history", "auditor1"));
        List<String> outputs = List.of(history.toString(),
                AuditReconstructionIT.ok(api.get("/api/audit/message/" + id, "auditor1")).toString(),
                AuditReconstructionIT.ok(api.get("/api/audit/message/" + id + "?at=" + history.at("/events/0/time").asText(),
                        "auditor1")).toString(),
                AuditReconstructionIT.ok(api.get("/api/audit/message/" + id + "/verify", "auditor1")).toString(),
                auditor.get("/audit/message/" + id + "/history").body(),
                auditor.get("/audit/message/" + id + "/state").body());

        assertThat(history.get("events")).extracting(e -> e.get("type").asText())
                .containsExactly("MessageReceived", "MessageAssigned", "MessageReplied");
        assertThat(history.at("/events/0/actor").asText()).isEqualTo("citizen");
        assertThat(history.at("/events/2/actor").asText()).isEqualTo("handler1");
        assertThat(outputs).allSatisfy(output -> assertThat(output)
                .doesNotContain(NAME).doesNotContain(PHONE).doesNotContain(EMAIL)
                .doesNotContain("钱*").doesNotContain("138****").doesNotContain("example.org"));
        assertThat(outputs).filteredOn(output -> output.contains("小区噪音投诉")).hasSize(5);
        assertThat(outputs.get(5)).contains("已答复").contains("已责成施工单位整改。").contains("联系方式单独保存");
    }
}
