package org.egovarchive.query.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.egovarchive.kernel.document.Classification;
import org.egovarchive.kernel.document.DocType;
import org.egovarchive.kernel.document.DocumentDrafted;
import org.egovarchive.kernel.document.DocumentPublished;
import org.egovarchive.kernel.event.EventEnvelope;
import org.egovarchive.kernel.event.EventMetadata;
import org.egovarchive.query.support.EventFeed;
import org.egovarchive.query.support.QuerySideIT;
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
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Envelopes put on the topic by hand: one whose payload was changed after it was hashed, one with no
 * hash chain, and one that leaves a hole in its document's stream. None reaches the public index; the
 * hole holds its view and shows in {@code /api/projections}; genuine events around them go on.
 */
@QuerySideIT
class ForgedEnvelopeIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant AT = Instant.parse("2025-05-06T02:00:00Z");
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Test
    void forgedEnvelopesNeverReachAnIndexAndAHoleHoldsItsView() throws Exception {
        String marker = "伪造" + UUID.randomUUID().toString().substring(0, 6);
        long deadLettersBefore = projections().path("deadLetters").asLong();
        long heldBefore = projections().path("heldViews").path("documents-admin").asLong();
        try (EventFeed feed = new EventFeed(kafka)) {
            String altered = "altered-" + marker;
            EventEnvelope draft = feed.envelope("Document", altered, 0, drafted(altered, marker + " 原文"));
            ObjectNode changed = ((ObjectNode) draft.payload().deepCopy()).put("title", marker + " 篡改");
            feed.send(new EventEnvelope(draft.envelopeVersion(), draft.eventId(), draft.position(), draft.aggregateType(),
                    draft.aggregateId(), draft.sequence(), draft.type(), draft.revision(), draft.occurredAt(),
                    draft.metadata(), changed));
            feed.send(feed.envelope("Document", altered, 1, new DocumentPublished(altered, "政务动态", AT)));

            String unchained = "unchained-" + marker;
            for (EventEnvelope genuine : new EventEnvelope[]{
                    feed.envelope("Document", unchained, 0, drafted(unchained, marker + " 无链")),
                    feed.envelope("Document", unchained, 1, new DocumentPublished(unchained, "政务动态", AT))}) {
                Map<String, String> metadata = new HashMap<>(genuine.metadata());
                metadata.remove(EventMetadata.HASH);
                metadata.remove(EventMetadata.PREV_HASH);
                feed.send(new EventEnvelope(genuine.envelopeVersion(), genuine.eventId(), genuine.position(),
                        genuine.aggregateType(), genuine.aggregateId(), genuine.sequence(), genuine.type(),
                        genuine.revision(), genuine.occurredAt(), metadata, genuine.payload()));
            }

            String holed = "holed-" + marker;
            feed.send(feed.envelope("Document", holed, 0, drafted(holed, marker + " 缺号")));
            feed.envelope("Document", holed, 1, new DocumentPublished(holed, "政务动态", AT));
            feed.send(feed.envelope("Document", holed, 2, new DocumentPublished(holed, "政务动态", AT)));

            String genuine = "genuine-" + marker;
            feed.send(feed.envelope("Document", genuine, 0, drafted(genuine, marker + " 真实")));
            feed.send(feed.envelope("Document", genuine, 1, new DocumentPublished(genuine, "政务动态", AT)));
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> search(marker).path("total").asLong() == 1
                && projections().path("deadLetters").asLong() >= deadLettersBefore + 5
                && projections().path("heldViews").path("documents-admin").asLong() == heldBefore + 1);
        JsonNode hits = search(marker).path("hits");
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).path("id").asText()).isEqualTo("genuine-" + marker);
    }

    private static DocumentDrafted drafted(String id, String title) {
        return new DocumentDrafted(id, "info-center", "政务动态", DocType.NEWS, Classification.PUBLIC, title,
                title + " 的正文", "author1", null);
    }

    private JsonNode search(String q) throws Exception {
        return JSON.readTree(send("/api/search?size=20&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), false));
    }

    private JsonNode projections() throws Exception {
        return JSON.readTree(send("/api/projections", true)).path("projections").path(0);
    }

    private String send(String path, boolean admin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (admin) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString("admin1:demo".getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }
}
