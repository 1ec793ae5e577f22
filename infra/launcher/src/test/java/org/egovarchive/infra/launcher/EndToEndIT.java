package org.egovarchive.infra.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.egovarchive.infra.stack.junit.LocalStackExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole path of one act, as a user meets it: both applications run from their executable jars
 * against the real PostgreSQL, Kafka and Elasticsearch; a document drafted and published through
 * the staff API is found by the public search.
 */
@ExtendWith(LocalStackExtension.class)
class EndToEndIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Settings settings;
    private static List<App> apps;

    @BeforeAll
    static void startApplications() throws Exception {
        Path home = checkout();
        settings = new Settings(home, Files.createTempDirectory("egov-e2e"), freePort(), freePort(), "demo");
        apps = App.both(settings);
        List<CompletableFuture<Duration>> started = new ArrayList<>();
        for (App app : apps) {
            started.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return app.start(LocalStackExtension.endpoints());
                } catch (Exception e) {
                    throw new IllegalStateException(app.name() + " did not start; log: " + app.logFile(), e);
                }
            }));
        }
        started.forEach(CompletableFuture::join);
    }

    @AfterAll
    static void stopApplications() {
        if (apps != null) {
            apps.forEach(app -> app.daemon().stop(Duration.ofSeconds(20)));
        }
    }

    @Test
    void aPublishedDocumentIsFoundByThePublicSearchInEitherScript() throws Exception {
        String marker = "端到端" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode drafted = post(settings.commandUrl() + "/api/documents", "author1", """
                {"title": "%s 電子政務通知", "body": "關於推進電子政務(wù)應用的通知。", "channel": "通知公告",
                 "docType": "NOTICE", "classification": "PUBLIC"}""".formatted(marker));
        String id = drafted.get("id").asText();

        JsonNode published = post(settings.commandUrl() + "/api/documents/" + id + "/publish", "author1", "{}");
        long publishedAt = System.nanoTime();
        assertThat(published.get("state").asText()).isEqualTo("PUBLISHED");

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> search(marker).path("total").asLong() == 1);
        System.out.printf("publish -> searchable: %d ms%n", (System.nanoTime() - publishedAt) / 1_000_000);

        JsonNode hit = search(marker + " 电子政务").get("hits").get(0);
        assertThat(hit.get("id").asText()).isEqualTo(id);
        assertThat(hit.get("snippet").asText()).contains("<em>電子政務</em>");
        assertThat(hit.get("url").asText()).isEqualTo("/documents/" + id);
        assertThat(get(settings.queryUrl() + hit.get("url").asText()).body()).contains(marker).contains("市信息中心");
    }

    @Test
    void theDemoDataLoadsOnceAndTheSeedSpeechIsSearchable() throws Exception {
        new DemoLoad(settings, new Console()).run();
        JsonNode again = post(settings.commandUrl() + "/api/admin/demo-data", "admin1", "{}");

        assertThat(again.get("steps")).allSatisfy(step -> assertThat(step.asText()).endsWith("already there"));
        JsonNode result = search("電子政務");
        JsonNode speech = null;
        for (JsonNode hit : result.get("hits")) {
            if (hit.get("title").asText().equals("电子政务应用动员会发言")) {
                speech = hit;
            }
        }
        assertThat(speech).as("the seed speech among %s", result).isNotNull();
        assertThat(speech.get("snippet").asText()).contains("<em>電子政務</em>");
        assertThat(speech.get("publishedAt").asText()).startsWith("2022-06-08T01:46");
        HttpResponse<String> page = get(settings.queryUrl() + "/search?q=" + URLEncoder.encode("電子政務", StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("电子政务应用动员会发言").contains("<em>電子政務</em>");
    }

    private static JsonNode search(String q) throws Exception {
        HttpResponse<String> response = get(settings.queryUrl() + "/api/search?size=50&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static JsonNode post(String url, String user, String json) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Path checkout() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isExecutable(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("command-side"))) {
                return dir;
            }
        }
        throw new IllegalStateException("not inside the checkout");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
