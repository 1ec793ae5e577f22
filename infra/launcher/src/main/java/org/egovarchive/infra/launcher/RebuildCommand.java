package org.egovarchive.infra.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** {@code ./egov rebuild}: asks the query side for a blue/green rebuild and shows its progress until the aliases swap. */
final class RebuildCommand {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Settings settings;
    private final Console console;

    RebuildCommand(Settings settings, Console console) {
        this.settings = settings;
        this.console = console;
    }

    int run() throws IOException, InterruptedException {
        HttpResponse<String> started = send(HttpRequest.newBuilder(URI.create(settings.queryUrl() + "/api/admin/rebuild"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        if (started.statusCode() != 202) {
            console.line("rebuild not started: " + started.statusCode() + " " + started.body());
            return 1;
        }
        String phase = "";
        while (true) {
            JsonNode state = JSON.readTree(send(HttpRequest.newBuilder(URI.create(settings.queryUrl() + "/api/admin/rebuild")).GET()).body());
            phase = state.path("phase").asText();
            console.line(String.format("rebuild %s  %-16s %8d / %-8d events  %7.0f events/s", state.path("generation").asText(),
                    phase, state.path("done").asLong(), state.path("total").asLong(), state.path("eventsPerSecond").asDouble()));
            if (phase.equals("DONE") || phase.equals("FAILED")) {
                if (phase.equals("FAILED")) {
                    console.line("failed: " + state.path("error").asText());
                }
                return phase.equals("DONE") ? 0 : 1;
            }
            Thread.sleep(1000);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.header("Authorization", settings.demoAuthorization("admin1")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
