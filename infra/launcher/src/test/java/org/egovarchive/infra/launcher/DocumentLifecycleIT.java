package org.egovarchive.infra.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.egovarchive.infra.stack.junit.LocalStackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.egovarchive.infra.launcher.Workflow.*;

/** A document's whole life through the staff API, with the refusals that guard it, against the real stack. */
@ExtendWith({LocalStackExtension.class, RunningApps.class})
class DocumentLifecycleIT {

    @Test
    void twoEditorsRaceAndOneGetsAConflict() throws Exception {
        String id = draft("并发编辑 " + UUID.randomUUID(), "正文", "PUBLIC");
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Http.Response>> edits = List.of("甲的修改", "乙的修改").stream()
                .map(text -> CompletableFuture.supplyAsync(() -> {
                    arrive(together);
                    return Http.put(command("/api/documents/" + id), "author1",
                            "{\"title\": \"并发编辑\", \"body\": " + json(text) + ", \"expectedVersion\": 0}");
                })).toList();

        List<Integer> statuses = edits.stream().map(CompletableFuture::join).map(Http.Response::status).sorted().toList();

        assertThat(statuses).containsExactly(200, 409);
        JsonNode document = Http.get(command("/api/documents/" + id), "author1").json();
        assertThat(document.get("version").asLong()).isEqualTo(1);
        assertThat(document.get("contentVersion").asLong()).isEqualTo(2);
    }

    @Test
    void aStaleVersionIsAConflict() {
        String id = draft("过期版本 " + UUID.randomUUID(), "正文", "PUBLIC");
        expect(200, Http.put(command("/api/documents/" + id), "author1", "{\"title\": \"t\", \"body\": \"一\", \"expectedVersion\": 0}"));

        Http.Response stale = Http.put(command("/api/documents/" + id), "author1", "{\"title\": \"t\", \"body\": \"二\", \"expectedVersion\": 0}");

        expect(409, stale);
        assertThat(stale.json().get("type").asText()).contains("conflict");
    }

    @Test
    void fourEyesAndDepartmentsAreEnforced() {
        String id = draft("四眼原则 " + UUID.randomUUID(), "正文", "PUBLIC");
        expect(200, Http.post(command("/api/documents/" + id + "/submit"), "author1", "{}"));

        expect(403, Http.post(command("/api/documents/" + id + "/approve"), "author1", "{}"));
        expect(403, Http.put(command("/api/documents/" + id), "author2", "{\"title\": \"t\", \"body\": \"b\", \"expectedVersion\": 1}"));
        expect(403, Http.get(command("/api/documents/" + id), "author2"));
        expect(403, Http.post(command("/api/documents/" + id + "/approve"), "approver2", "{}"));
        expect(200, Http.post(command("/api/documents/" + id + "/approve"), "approver1", "{}"));
        expect(403, Http.post(command("/api/documents/" + id + "/seal"), "keeper2", "{\"sealId\": \"" + infoCenterSeal() + "\"}"));
    }

    @Test
    void aSecretDocumentIsRefusedRecordedAndNeverPublic() {
        String id = draft("内部事项 " + UUID.randomUUID(), "正文", "SECRET");
        signOffAndSeal(id);

        Http.Response refused = publish(id);

        expect(422, refused);
        assertThat(refused.json().get("detail").asText()).contains("SECRET");
        assertBlockedAndNeverPublic(id);
    }

    @Test
    void aMarkingInAPublicDocumentIsRefusedNamingIt() {
        String id = draft("关于某事项的通知 " + UUID.randomUUID(), "机密★1年\n\n关于某事项的通知正文。", "PUBLIC");
        signOffAndSeal(id);

        Http.Response refused = publish(id);

        expect(422, refused);
        assertThat(refused.json().get("findings").get(0).asText()).startsWith("机密★1年");
        assertBlockedAndNeverPublic(id);
    }

    @Test
    void aWithdrawalRemovesThePublicHitAndARevisionReplacesIt() {
        String marker = "撤回" + UUID.randomUUID().toString().substring(0, 8);
        String id = publishedDocument(marker + " 通知", "第一版正文");
        awaitSearchTotal(marker, 1);

        expect(200, Http.put(command("/api/documents/" + id), "author1",
                "{\"title\": \"" + marker + " 通知\", \"body\": \"第二版正文\", \"expectedVersion\": 4}"));
        expect(409, publish(id));
        signOffAndSeal(id);
        expect(200, publish(id));
        await().atMost(Duration.ofSeconds(30)).until(() -> search(marker).path("hits").path(0).path("snippet").asText().contains("第二版"));

        expect(200, Http.post(command("/api/documents/" + id + "/withdraw"), "author1", "{\"reason\": \"已过期\"}"));
        awaitSearchTotal(marker, 0);
        expect(404, Http.get(query("/documents/" + id), null));
    }

    private static void assertBlockedAndNeverPublic(String id) {
        await().atMost(Duration.ofSeconds(30)).until(() -> Http.get(query("/api/admin/documents?state=SEALED&size=100"),
                "author1").json().findValuesAsText("id").contains(id));
        assertThat(Http.get(command("/api/documents/" + id), "author1").json().get("state").asText()).isEqualTo("SEALED");
        assertThat(elasticsearch("/public-documents/_doc/" + id).status()).isEqualTo(404);
        assertThat(elasticsearch("/documents-admin/_doc/" + id).json().at("/_source/blockedAttempts").asInt()).isEqualTo(1);
    }

    private static void arrive(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
