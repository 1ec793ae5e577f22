package org.egovarchive.query.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.egovarchive.infra.stack.junit.LocalStackExtension;
import org.egovarchive.kernel.document.Classification;
import org.egovarchive.kernel.document.DocType;
import org.egovarchive.kernel.document.DocumentDrafted;
import org.egovarchive.kernel.document.DocumentPublished;
import org.egovarchive.kernel.document.DocumentWithdrawn;
import org.egovarchive.kernel.message.Box;
import org.egovarchive.kernel.message.MessageAssigned;
import org.egovarchive.kernel.message.MessageKind;
import org.egovarchive.kernel.message.MessageReceived;
import org.egovarchive.kernel.message.MessageReplied;
import org.egovarchive.query.elastic.ReadModel;
import org.egovarchive.query.support.EventFeed;
import org.egovarchive.query.support.QuerySideIT;
import org.egovarchive.query.support.StaffHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Blue/green rebuilds: searches keep answering while one runs, and replaying the whole topic — twice —
 * leaves every projected read model exactly as the live stream made it (sources and versions).
 */
@QuerySideIT
class RebuildIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Test
    void searchesAnswerThroughoutAndTwoReplaysGiveTheSameReadModels() throws Exception {
        String marker = "重建" + UUID.randomUUID().toString().substring(0, 6);
        feed(marker, 60);
        await().atMost(Duration.ofSeconds(60)).until(() -> search(marker).path("total").asLong() == 50);
        Map<String, String> live = dump();

        AtomicBoolean rebuilding = new AtomicBoolean(true);
        AtomicInteger answered = new AtomicInteger();
        List<String> failures = new ArrayList<>();
        Thread searcher = new Thread(() -> {
            while (rebuilding.get()) {
                try {
                    JsonNode result = search(marker);
                    if (result.path("total").asLong() != 50) {
                        failures.add("total " + result.path("total"));
                    }
                    answered.incrementAndGet();
                } catch (Exception e) {
                    failures.add(e.toString());
                }
            }
        });
        searcher.start();
        rebuild();
        rebuilding.set(false);
        searcher.join();

        assertThat(failures).isEmpty();
        assertThat(answered.get()).as("searches answered during the rebuild").isPositive();
        Map<String, String> once = dump();
        assertThat(once).isEqualTo(live);
        rebuild();
        assertThat(dump()).isEqualTo(once);
    }

    @Test
    void adminsAndOnlyAdminsReadTheNotices() {
        StaffHttp staff = new StaffHttp(port);

        StaffHttp.Response admin = staff.api("/api/admin/notices", "admin1");
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.json().path("notices").isArray()).isTrue();
        assertThat(staff.api("/api/admin/notices", "author1").status()).isEqualTo(403);
    }

    private void feed(String marker, int documents) {
        Instant at = Instant.parse("2025-03-01T02:00:00Z");
        try (EventFeed feed = new EventFeed(kafka)) {
            for (int i = 0; i < documents; i++) {
                String id = "rebuild-doc-" + marker + "-" + i;
                feed.send(feed.envelope("Document", id, 0, new DocumentDrafted(id, "housing", "工作动态", DocType.NEWS,
                        Classification.PUBLIC, marker + " 通知 " + i, "关于" + marker + "的说明", "author2", null)));
                feed.send(feed.envelope("Document", id, 1, new DocumentPublished(id, "工作动态", at.plusSeconds(i))));
                if (i % 6 == 5) {
                    feed.send(feed.envelope("Document", id, 2, new DocumentWithdrawn(id, "过期")));
                }
                String letter = "rebuild-letter-" + marker + "-" + i;
                feed.send(feed.envelope("Message", letter, 0, new MessageReceived(letter, Box.MESSAGE_BOARD,
                        MessageKind.CONSULTATION, "t", "b", true, "d", "h", 5, at.plusSeconds(86_400 * 7), at)));
                feed.send(feed.envelope("Message", letter, 1, new MessageAssigned(letter, "housing", at)));
                feed.send(feed.envelope("Message", letter, 2, new MessageReplied(letter, "housing", "答复", true, at.plusSeconds(3600))));
            }
        }
    }

    private void rebuild() throws Exception {
        HttpResponse<String> started = send(HttpRequest.newBuilder(uri("/api/admin/rebuild")).POST(HttpRequest.BodyPublishers.noBody()), true);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).until(() -> {
            JsonNode state = JSON.readTree(send(HttpRequest.newBuilder(uri("/api/admin/rebuild")).GET(), true).body());
            assertThat(state.path("phase").asText()).isNotEqualTo("FAILED");
            return state.path("phase").asText().equals("DONE");
        });
    }

    /** Every document of every projected read model: its version and source, by alias and id. */
    private Map<String, String> dump() throws Exception {
        Map<String, String> all = new TreeMap<>();
        String es = LocalStackExtension.endpoints().elasticsearchUrl();
        for (ReadModel model : ReadModel.values()) {
            if (!model.projected()) {
                continue;
            }
            send(HttpRequest.newBuilder(URI.create(es + "/" + model.alias() + "/_refresh")).POST(HttpRequest.BodyPublishers.noBody()), false);
            String after = null;
            while (true) {
                String body = "{\"size\":1000,\"version\":true,\"sort\":[{\"id\":\"asc\"}]"
                        + (after == null ? "" : ",\"search_after\":[" + JSON.writeValueAsString(after) + "]") + "}";
                JsonNode hits = JSON.readTree(send(HttpRequest.newBuilder(URI.create(es + "/" + model.alias() + "/_search"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)), false).body())
                        .path("hits").path("hits");
                if (hits.isEmpty()) {
                    break;
                }
                for (JsonNode hit : hits) {
                    all.put(model.alias() + "/" + hit.get("_id").asText(), hit.get("_version") + " " + hit.get("_source"));
                    after = hit.get("_id").asText();
                }
            }
        }
        return all;
    }

    private JsonNode search(String q) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/search?size=50&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).GET(), false);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request, boolean admin) throws Exception {
        if (admin) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin1:demo".getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
