package org.egovarchive.query.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.egovarchive.kernel.message.Box;
import org.egovarchive.kernel.message.MessageAssigned;
import org.egovarchive.kernel.message.MessageKind;
import org.egovarchive.kernel.message.MessageReceived;
import org.egovarchive.kernel.message.MessageReplied;
import org.egovarchive.query.support.EventFeed;
import org.egovarchive.query.support.QuerySideIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
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

/**
 * A leader signs in through the login form in headless Chromium, opens the dashboard and reads the
 * figures rendered for one department — they must be the API's — and the charts draw.
 */
@QuerySideIT
class DashboardBrowserIT {

    private static final String PERIOD = "from=2024-03-01&to=2024-03-31";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;
    private ChromeDriver browser;

    @BeforeEach
    void setUp() {
        browser = Browser.start();
    }

    @AfterEach
    void tearDown() {
        browser.quit();
    }

    @Test
    void theDashboardShowsTheApisFiguresForADepartment() throws Exception {
        Instant march = Instant.parse("2024-03-04T02:00:00Z");
        try (EventFeed feed = new EventFeed(kafka)) {
            for (int i = 0; i < 12; i++) {
                String id = "dash-" + UUID.randomUUID();
                Instant received = march.plus(Duration.ofDays(i));
                feed.send(feed.envelope("Message", id, 0, new MessageReceived(id, Box.MESSAGE_BOARD, MessageKind.CONSULTATION,
                        "t", "b", true, "d", "h", 5, received.plus(Duration.ofDays(7)), received)));
                feed.send(feed.envelope("Message", id, 1, new MessageAssigned(id, "housing", received)));
                if (i % 3 != 0) {
                    feed.send(feed.envelope("Message", id, 2, new MessageReplied(id, "housing", "答复", true,
                            received.plus(Duration.ofDays(i % 2 == 0 ? 2 : 9)))));
                }
            }
        }
        // every event applied, not only the receipts: the page and the API must be read at the same state
        await().atMost(Duration.ofSeconds(30)).until(() -> housing().path("received").asLong() == 12
                && housing().path("replied").asLong() == 8);
        JsonNode api = housing();

        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("leader1");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("form.login-form button")).click();
        browser.get(url("/dashboard?" + PERIOD));

        WebElement row = browser.findElement(By.cssSelector("tr[data-department='housing']"));
        assertThat(row.findElement(By.className("received")).getText()).isEqualTo(api.get("received").asText());
        assertThat(row.findElement(By.className("replied")).getText()).isEqualTo(api.get("replied").asText());
        assertThat(row.findElement(By.className("on-time")).getText()).isEqualTo(api.get("repliedOnTime").asText());
        assertThat(row.findElement(By.className("overdue")).getText()).isEqualTo(api.get("overdueOpen").asText());
        assertThat(row.findElement(By.className("rate")).getText())
                .isEqualTo(String.format("%.1f%%", api.get("onTimeRate").asDouble() * 100));
        await().atMost(Duration.ofSeconds(10)).until(() ->
                !browser.findElements(By.cssSelector("#trend-chart canvas")).isEmpty());
    }

    private JsonNode housing() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(url("/api/stats/efficiency?department=housing&" + PERIOD)))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("leader1:demo".getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode departments = JSON.readTree(response.body()).path("departments");
        return departments.isEmpty() ? JSON.createObjectNode() : departments.get(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
