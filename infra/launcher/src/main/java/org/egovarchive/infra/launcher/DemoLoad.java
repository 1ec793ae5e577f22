package org.egovarchive.infra.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.egovarchive.infra.stack.HealthCheck;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Loads the demo data through the command side's API as the demo admin (the command side does
 * the work with the demo users' identities, idempotently), then waits until the seed speech can be
 * found on the public search.
 */
final class DemoLoad {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SPEECH_TITLE = "电子政务应用动员会发言";

    private final HttpClient http = HttpClient.newHttpClient();
    private final Settings settings;
    private final Console console;

    DemoLoad(Settings settings, Console console) {
        this.settings = settings;
        this.console = console;
    }

    void run() {
        console.step("demo data", "loading…");
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(settings.commandUrl() + "/api/admin/demo-data"))
                    .header("Authorization", settings.demoAuthorization("admin1"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .timeout(Duration.ofMinutes(5))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new Egov.LaunchFailed("loading demo data answered " + response.statusCode() + ": " + response.body(), null);
            }
            for (JsonNode step : JSON.readTree(response.body()).get("steps")) {
                console.step("demo data", step.asText());
            }
            Duration searchable = HealthCheck.await("the seed speech on the public search", Duration.ofSeconds(60), this::speechFound);
            console.step("demo data", "seed speech searchable (waited " + Console.seconds(searchable) + ")");
            console.step("demo data", "loaded in " + Console.seconds(Duration.ofNanos(System.nanoTime() - start)));
            console.line("");
            console.line("try:  curl -s '" + settings.queryUrl() + "/api/search?q=電子政務'");
            console.line("      " + settings.queryUrl() + "/search?q=" + URLEncoder.encode("电子政务", StandardCharsets.UTF_8));
        } catch (IOException | HealthCheck.Failed e) {
            throw new Egov.LaunchFailed("demo data: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Egov.LaunchFailed("demo data: interrupted", e);
        }
    }

    private boolean speechFound() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(settings.queryUrl() + "/api/search?q="
                + URLEncoder.encode(SPEECH_TITLE, StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return response.statusCode() == 200 && JSON.readTree(response.body()).path("total").asLong() > 0;
    }
}
