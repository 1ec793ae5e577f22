package org.egovarchive.command.message;

import org.egovarchive.command.support.Api;
import org.egovarchive.command.support.CommandSideIT;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Public submissions are limited per client address; the one too many gets a 429 that says when to come back. */
@CommandSideIT
@TestPropertySource(properties = "egov.letters.submissions-per-hour=3")
class SubmissionRateLimitIT {

    @LocalServerPort
    int port;

    @Test
    void theFourthLetterWithinTheHourIsTooMany() throws Exception {
        Api api = new Api(port);
        String letter = """
                {"box": "LEADER_MAILBOX", "kind": "SUGGESTION", "title": "建议", "body": "建议增设公交线路",
                 "contactName": "钱七", "contactEmail": "qian@example.cn", "publicReply": false}""";
        for (int i = 0; i < 3; i++) {
            assertThat(api.postJson("/api/public/messages", null, letter).status()).isEqualTo(201);
        }

        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(api.url("/api/public/messages"))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(letter, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After").map(Long::parseLong).orElse(0L)).isPositive();
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }
}
