package org.egovarchive.infra.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.egovarchive.infra.stack.StackEndpoints;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./egov verify-projections}: compares the event store with the read models. Every aggregate's
 * latest sequence must be the version its view carries, every view must have its aggregate, the counts
 * must match, no view may be held over a hole in its stream, the public documents must be exactly the
 * online PUBLIC ones, and {@code audit-events} must hold as many events as the store. Prints each
 * difference.
 */
final class ProjectionCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SHOWN = 20;
    private static final Map<String, String> INDEX_OF_TYPE = Map.of("Document", "documents-admin", "Seal", "seals",
            "Message", "messages");

    private final HttpClient http = HttpClient.newHttpClient();
    private final StackEndpoints stack;
    private final Console console;

    ProjectionCheck(StackEndpoints stack, Console console) {
        this.stack = stack;
        this.console = console;
    }

    int run() throws SQLException, IOException, InterruptedException {
        List<String> differences = new ArrayList<>();
        Map<String, Map<String, Long>> store = latestSequences();
        for (Map.Entry<String, String> entry : INDEX_OF_TYPE.entrySet()) {
            Map<String, Long> expected = store.getOrDefault(entry.getKey(), Map.of());
            Map<String, Long> indexed = versions(entry.getValue(), null);
            expected.forEach((id, sequence) -> {
                Long version = indexed.get(id);
                if (!sequence.equals(version)) {
                    differences.add(entry.getValue() + "/" + id + ": event store at sequence " + sequence + ", index at " + version);
                }
            });
            indexed.keySet().stream().filter(id -> !expected.containsKey(id))
                    .forEach(id -> differences.add(entry.getValue() + "/" + id + ": in the index, not in the event store"));
            Map<String, Long> held = versions(entry.getValue(), "{\"exists\": {\"field\": \"hold.expectedSequence\"}}");
            held.forEach((id, version) -> differences.add(entry.getValue() + "/" + id + ": held at sequence " + version
                    + " (an event of its stream is missing or was refused; see the dead letters, then rebuild)"));
            console.line(String.format("%-18s %7d in the event store, %7d indexed, %d held", entry.getValue(),
                    expected.size(), indexed.size(), held.size()));
        }
        Map<String, Long> online = versions("documents-admin",
                "{\"bool\": {\"filter\": [{\"term\": {\"online\": true}}, {\"term\": {\"classification\": \"PUBLIC\"}}]}}");
        Map<String, Long> published = versions("public-documents", null);
        if (!online.keySet().equals(published.keySet())) {
            differences.add("public-documents holds " + published.size() + " documents, " + online.size()
                    + " are online and PUBLIC");
        }
        console.line(String.format("%-18s %7d online PUBLIC, %7d indexed", "public-documents", online.size(), published.size()));
        long events = eventCount();
        long audited = auditEventCount();
        if (events != audited) {
            differences.add("audit-events holds " + audited + " events, the event store " + events);
        }
        console.line(String.format("%-18s %7d in the event store, %7d indexed", "audit-events", events, audited));
        differences.stream().limit(SHOWN).forEach(d -> console.line("DIFFERENCE " + d));
        if (differences.size() > SHOWN) {
            console.line("… and " + (differences.size() - SHOWN) + " more");
        }
        console.line(differences.isEmpty() ? "projections match the event store" : differences.size() + " difference(s)");
        return differences.isEmpty() ? 0 : 1;
    }

    private Map<String, Map<String, Long>> latestSequences() throws SQLException {
        Map<String, Map<String, Long>> byType = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(stack.jdbcUrl(), stack.appUser(), stack.appPassword());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select type, aggregate_identifier, max(sequence_number) "
                     + "from domain_event_entry group by type, aggregate_identifier")) {
            while (rows.next()) {
                byType.computeIfAbsent(rows.getString(1), t -> new HashMap<>()).put(rows.getString(2), rows.getLong(3));
            }
        }
        return byType;
    }

    private long eventCount() throws SQLException {
        try (Connection connection = DriverManager.getConnection(stack.jdbcUrl(), stack.appUser(), stack.appPassword());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from domain_event_entry")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** {@code audit-events} holds one document per event, of every aggregate type. */
    private long auditEventCount() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(stack.elasticsearchUrl()
                + "/audit-events/_count")).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return JSON.readTree(response.body()).path("count").asLong();
    }

    /** Every document id of an index with its version, page by page ({@code search_after} on the {@code id} field). */
    private Map<String, Long> versions(String index, String query) throws IOException, InterruptedException {
        Map<String, Long> versions = new HashMap<>();
        String after = null;
        while (true) {
            String body = "{\"size\": 5000, \"version\": true, \"_source\": false, \"sort\": [{\"id\": \"asc\"}]"
                    + (query == null ? "" : ", \"query\": " + query)
                    + (after == null ? "" : ", \"search_after\": [" + JSON.writeValueAsString(after) + "]") + "}";
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(stack.elasticsearchUrl() + "/" + index + "/_search"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode hits = JSON.readTree(response.body()).path("hits").path("hits");
            if (hits.isEmpty()) {
                return versions;
            }
            for (JsonNode hit : hits) {
                versions.put(hit.get("_id").asText(), hit.get("_version").asLong());
                after = hit.get("_id").asText();
            }
        }
    }
}
