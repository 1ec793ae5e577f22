package org.egovarchive.query.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.egovarchive.kernel.document.Classification;
import org.egovarchive.kernel.document.DocType;
import org.egovarchive.kernel.document.DocumentDrafted;
import org.egovarchive.kernel.document.DocumentPublished;
import org.egovarchive.query.support.EventFeed;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Publishes documents through the event feed and asks the running query side over HTTP, as the search ITs need. */
final class Publisher implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    private final EventFeed feed;
    /** HTTP/1.1 with keep-alive, as browsers talk to the site; the default would try an h2c upgrade first. */
    private final int port;

    Publisher(String kafka, int port) {
        this.feed = new EventFeed(kafka);
        this.port = port;
    }

    /** A document as the search ITs want it: the parts they vary. */
    record Doc(String title, String body, String department, String channel, DocType type, Instant publishedAt) {
        static Doc of(String title, String body, String channel) {
            return new Doc(title, body, "info-center", channel, DocType.NEWS, Instant.parse("2024-05-20T02:00:00Z"));
        }
    }

    String publish(Doc doc) {
        String id = UUID.randomUUID().toString();
        feed.send(feed.envelope("Document", id, 0, new DocumentDrafted(id, doc.department(), doc.channel(), doc.type(),
                Classification.PUBLIC, doc.title(), doc.body(), "author1", null)));
        feed.send(feed.envelope("Document", id, 1, new DocumentPublished(id, doc.channel(), doc.publishedAt())));
        return id;
    }

    /** Waits until a search for {@code query} (a URL query string without the leading ?) finds {@code id}. */
    JsonNode awaitHit(String query, String id) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (JsonNode hit : search(query).get("hits")) {
                if (hit.get("id").asText().equals(id)) {
                    found[0] = hit;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    JsonNode search(String query) {
        HttpResponse<String> response = get("/api/search?" + query, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body());
    }

    HttpResponse<String> get(String path, String user) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), user);
    }

    HttpResponse<String> post(String path, String user, Object body) {
        try {
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), user);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> delete(String path, String user) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE(), user);
    }

    static String q(String text) {
        return "q=" + encode(text);
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(body, e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    private URI uri(String path) {
        return URI.create(baseUrl() + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String user) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        // a connection of its own per request: the server may close a connection after refusing a request
        // whose body it did not read (a 401 to a POST), and a pooled one would then fail the next request
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        feed.close();
    }
}
