package org.egovarchive.infra.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.egovarchive.infra.stack.junit.LocalStackExtension;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A document's way through the staff API, as the demo users of info-center walk it. */
final class Workflow {

    private static final AtomicReference<String> INFO_CENTER_SEAL = new AtomicReference<>();

    private Workflow() {
    }

    static String command(String path) {
        return RunningApps.settings().commandUrl() + path;
    }

    static String query(String path) {
        return RunningApps.settings().queryUrl() + path;
    }

    /** The demo data (seals, keepers, the seed speech) loaded once per test JVM. */
    static synchronized String infoCenterSeal() {
        if (INFO_CENTER_SEAL.get() == null) {
            new DemoLoad(RunningApps.settings(), new Console()).run();
            for (JsonNode seal : Http.get(command("/api/seals"), null).json()) {
                if (seal.get("department").asText().equals("info-center")) {
                    INFO_CENTER_SEAL.set(seal.get("id").asText());
                }
            }
        }
        return INFO_CENTER_SEAL.get();
    }

    static String draft(String title, String body, String classification) {
        Http.Response drafted = Http.post(command("/api/documents"), "author1", """
                {"title": %s, "body": %s, "channel": "通知公告", "docType": "NOTICE", "classification": "%s"}"""
                .formatted(json(title), json(body), classification));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        return drafted.json().get("id").asText();
    }

    /** Submitted by author1, approved by approver1, sealed by keeper1: ready to publish. */
    static void signOffAndSeal(String id) {
        expect(200, Http.post(command("/api/documents/" + id + "/submit"), "author1", "{}"));
        expect(200, Http.post(command("/api/documents/" + id + "/approve"), "approver1", "{\"comment\": \"同意\"}"));
        expect(200, Http.post(command("/api/documents/" + id + "/seal"), "keeper1",
                "{\"sealId\": \"" + infoCenterSeal() + "\"}"));
    }

    static Http.Response publish(String id) {
        return Http.post(command("/api/documents/" + id + "/publish"), "author1", "{}");
    }

    static String publishedDocument(String title, String body) {
        String id = draft(title, body, "PUBLIC");
        signOffAndSeal(id);
        expect(200, publish(id));
        return id;
    }

    static JsonNode search(String q) {
        Http.Response response = Http.get(query("/api/search?size=50&q=" + Http.encode(q)), null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    static void awaitSearchTotal(String q, long total) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> search(q).path("total").asLong() == total);
    }

    /** Straight from Elasticsearch, not through the application. */
    static Http.Response elasticsearch(String path) {
        return Http.get(LocalStackExtension.endpoints().elasticsearchUrl() + path, null);
    }

    static void expect(int status, Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
    }

    static String json(String text) {
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(text).toString();
    }
}
