package org.egovarchive.command.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Moves a fresh info-center document to a given state through the API, as the demo users would. */
public final class Documents {

    private final Api api;
    private String infoCenterSeal;

    public Documents(Api api) {
        this.api = api;
    }

    /** The demo seals and keepers exist (loaded once; the load is idempotent). */
    public String infoCenterSeal() {
        if (infoCenterSeal == null) {
            assertThat(api.postJson("/api/admin/demo-data", "admin1", "{}").status()).isEqualTo(200);
            for (JsonNode seal : api.get("/api/seals", null).json()) {
                if (seal.get("department").asText().equals("info-center")) {
                    infoCenterSeal = seal.get("id").asText();
                }
            }
        }
        return infoCenterSeal;
    }

    public String draft(String title, String body) {
        Api.Response drafted = api.postJson("/api/documents", "author1", """
                {"title": %s, "body": %s, "channel": "政务动态", "docType": "NEWS", "classification": "PUBLIC"}"""
                .formatted(TextNode.valueOf(title), TextNode.valueOf(body)));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        return drafted.json().get("id").asText();
    }

    /** A new document in {@code state}: DRAFT, SUBMITTED, APPROVED, SEALED or PUBLISHED. */
    public String inState(String state) {
        String id = draft("矩阵测试", "正文");
        String[][] steps = {
                {"SUBMITTED", "author1", "/submit", "{}"},
                {"APPROVED", "approver1", "/approve", "{}"},
                {"SEALED", "keeper1", "/seal", "{\"sealId\": \"" + infoCenterSeal() + "\"}"},
                {"PUBLISHED", "author1", "/publish", "{}"}};
        for (String[] step : steps) {
            if (order(state) < order(step[0])) {
                break;
            }
            Api.Response response = api.postJson("/api/documents/" + id + step[2], step[1], step[3]);
            assertThat(response.status()).as(step[2] + ": " + response.body()).isEqualTo(200);
        }
        return id;
    }

    private static int order(String state) {
        return java.util.List.of("DRAFT", "SUBMITTED", "APPROVED", "SEALED", "PUBLISHED").indexOf(state);
    }
}
