package org.egovarchive.query.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.egovarchive.kernel.calendar.WorkingDayCalendar;
import org.egovarchive.query.support.EventFeed;
import org.egovarchive.query.support.QuerySideIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The efficiency statistics against an independent recomputation: a few hundred letters with known
 * timings go through Kafka, the projection and Elasticsearch's aggregations, and every figure of every
 * department and of the totals must equal what {@link Recomputed} derives from the same raw events.
 */
@QuerySideIT
class EfficiencyStatsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LETTERS = 300;

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Test
    void everyFigureEqualsItsRecomputationFromTheRawEvents() throws Exception {
        List<LetterScenario.Letter> scenario = LetterScenario.generate("stats", LETTERS, 20251231L);
        try (EventFeed feed = new EventFeed(kafka)) {
            for (LetterScenario.Letter letter : scenario) {
                for (int seq = 0; seq < letter.events().size(); seq++) {
                    feed.send(feed.envelope("Message", letter.id(), seq, letter.events().get(seq)));
                }
            }
        }
        List<Recomputed.Letter> truth = scenario.stream().map(l -> Recomputed.of(l.events())).toList();
        Instant start = LocalDate.of(2025, 1, 1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant();
        Instant end = LocalDate.of(2026, 1, 1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant();
        Predicate<Recomputed.Letter> inYear = l -> !l.received().isBefore(start) && l.received().isBefore(end);

        List<String> differences = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            differences.clear();
            JsonNode table = efficiency();
            Instant now = Instant.now();
            compare("totals", table.get("totals"), Recomputed.figures(truth, inYear, now), differences);
            for (JsonNode row : table.get("departments")) {
                String department = row.get("department").asText();
                compare(department, row, Recomputed.figures(truth, inYear.and(l -> department.equals(l.department())), now),
                        differences);
            }
            return differences.isEmpty() && table.get("departments").size() == LetterScenario.DEPARTMENTS.size();
        });
        assertThat(differences).isEmpty();
        JsonNode table = efficiency();
        assertThat(table.path("from").asText()).as("API.md: from at the top").isEqualTo("2025-01-01");
        assertThat(table.path("to").asText()).as("API.md: to at the top").isEqualTo("2025-12-31");
    }

    private static void compare(String where, JsonNode actual, Figures expected, List<String> differences) {
        exact(where, "received", actual, expected.received(), differences);
        exact(where, "replied", actual, expected.replied(), differences);
        exact(where, "repliedOnTime", actual, expected.repliedOnTime(), differences);
        exact(where, "overdueOpen", actual, expected.overdueOpen(), differences);
        exact(where, "firstResponded", actual, expected.firstResponded(), differences);
        exact(where, "closed", actual, expected.closed(), differences);
        exact(where, "explained", actual, expected.explained(), differences);
        exact(where, "forwarded", actual, expected.forwarded(), differences);
        exact(where, "escalated", actual, expected.escalated(), differences);
        exact(where, "rated", actual, expected.rated(), differences);
        close(where, "avgReplyHours", actual, expected.avgReplyHours(), 1e-6, 1e-6, differences);
        close(where, "avgReplyWorkingDays", actual, expected.avgReplyWorkingDays(), 1e-6, 1e-6, differences);
        close(where, "avgFirstResponseHours", actual, expected.avgFirstResponseHours(), 1e-6, 1e-6, differences);
        close(where, "avgRating", actual, expected.avgRating(), 1e-6, 1e-6, differences);
        // percentiles come from an HDR histogram with 3 significant digits, rounded to 0.01
        close(where, "medianReplyHours", actual, expected.medianReplyHours(), 0.002, 0.011, differences);
        close(where, "p90ReplyHours", actual, expected.p90ReplyHours(), 0.002, 0.011, differences);
        close(where, "medianReplyWorkingDays", actual, expected.medianReplyWorkingDays(), 0.002, 0.011, differences);
        close(where, "p90ReplyWorkingDays", actual, expected.p90ReplyWorkingDays(), 0.002, 0.011, differences);
        if (expected.received() >= 10) {
            close(where, "onTimeRate", actual, expected.onTimeRate(), 1e-9, 1e-9, differences);
        } else if (!actual.path("onTimeRate").isNull()) {
            differences.add(where + " onTimeRate shown below the minimum of letters");
        }
    }

    private static void exact(String where, String field, JsonNode actual, long expected, List<String> differences) {
        if (actual.path(field).asLong(-1) != expected) {
            differences.add(where + " " + field + ": " + actual.path(field) + " != " + expected);
        }
    }

    private static void close(String where, String field, JsonNode actual, Double expected, double relative, double absolute,
                              List<String> differences) {
        JsonNode value = actual.path(field);
        if (expected == null) {
            if (!value.isNull() && !value.isMissingNode()) {
                differences.add(where + " " + field + ": " + value + " != null");
            }
            return;
        }
        double got = value.asDouble(Double.NaN);
        if (!(Math.abs(got - expected) <= Math.max(absolute, relative * Math.abs(expected)))) {
            differences.add(where + " " + field + ": " + value + " != " + expected);
        }
    }

    private JsonNode efficiency() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/stats/efficiency?from=2025-01-01&to=2025-12-31"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("leader1:demo".getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
