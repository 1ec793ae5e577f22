package org.egovarchive.query.search;

import org.egovarchive.query.search.Publisher.Doc;
import org.egovarchive.query.support.QuerySideIT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.egovarchive.query.search.Publisher.q;

/**
 * The public pages in a real browser: axe-core finds no serious or critical accessibility problem,
 * and a document carrying script payloads shows them as text on the results and document pages.
 */
@QuerySideIT
@TestPropertySource(properties = "egov.demo.enabled=true")
class SearchBrowserIT {

    private static final String MARKER = "跨站测试" + UUID.randomUUID().toString().substring(0, 6);
    private static final String SCRIPT = "<script>window.__xss='script'</script>";
    private static final String IMG = "\"><img src=x onerror=\"window.__xss='img'\">";

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    // shared by the tests of this class: one browser and one pair of documents (a per-class test
    // instance would load the Spring context before the stack extension has started the stack)
    private static Publisher site;
    private static Browser browser;
    private static String hostile;
    private static String plain;

    @BeforeEach
    void publishOnce() {
        if (site == null) {
            site = new Publisher(kafka, port);
            hostile = site.publish(Doc.of(MARKER + SCRIPT + IMG, "正文" + IMG + " 提到" + MARKER + "和电子政务。" + SCRIPT, "政务动态"));
            plain = site.publish(Doc.of("電子政務應用動員會發言" + MARKER, "各部門要推進電子政務建設。", "政务动态"));
            site.awaitHit(q(MARKER), hostile);
            site.awaitHit(q(MARKER), plain);
            browser = new Browser();
        }
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (site != null) {
            site.close();
        }
        browser = null;
        site = null;
    }

    @Test
    void theSearchPageHasNoSeriousAccessibilityProblem() {
        open("/search");
        assertNoSeriousViolations();
        browser.screenshot("search");
    }

    @Test
    void aResultsPageHasNoSeriousAccessibilityProblem() {
        open("/search?" + q("电子政务 " + MARKER));
        assertThat(browser.driver.findElements(By.cssSelector(".hit"))).isNotEmpty();
        assertNoSeriousViolations();
        browser.screenshot("results");
    }

    @Test
    void aResultsPageFitsANarrowScreen() {
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        try {
            open("/search?" + q("电子政务 " + MARKER));
            assertThat(browser.script("return [...document.querySelectorAll('body *')]"
                    + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                    + ".map(e => e.tagName + '.' + e.className).slice(0, 5)")).as("wider than the screen").asList().isEmpty();
            assertNoSeriousViolations();
            browser.screenshot("results-narrow");
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void aDocumentPageHasNoSeriousAccessibilityProblem() {
        open("/documents/" + plain);
        assertNoSeriousViolations();
        browser.screenshot("document");
    }

    @Test
    void anAdminSeesTheSearchAnalyticsPage() {
        open("/search?" + q(MARKER));
        open("/admin/search-analytics");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/login");
        browser.driver.findElement(By.id("username")).sendKeys("admin1");
        browser.driver.findElement(By.id("password")).sendKeys("demo");
        browser.driver.findElement(By.cssSelector(".login-form button")).click();
        open("/admin/search-analytics");

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            browser.driver.navigate().refresh();
            return browser.driver.findElement(By.tagName("main")).getText().contains(MARKER.toLowerCase());
        });
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("搜索统计");
        assertNoSeriousViolations();
        browser.screenshot("search-analytics");
        browser.driver.manage().deleteAllCookies();
    }

    @Test
    void payloadsAreTextOnTheResultsPage() {
        open("/search?" + q(MARKER + " onerror"));

        WebElement hit = browser.driver.findElement(By.cssSelector(".hit"));
        assertThat(hit.getText()).contains(SCRIPT).contains("<img src=x onerror=");
        assertThat(hit.findElements(By.cssSelector("em"))).isNotEmpty();
        assertNothingInjected();
    }

    @Test
    void payloadsAreTextOnTheDocumentPage() {
        open("/documents/" + hostile);

        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo(MARKER + SCRIPT + IMG);
        assertThat(browser.driver.findElement(By.cssSelector(".body")).getText()).contains(SCRIPT).contains(IMG);
        assertThat(browser.driver.getTitle()).contains(SCRIPT);
        assertNothingInjected();
    }

    @Test
    void typeAheadShowsTitlesAsText() {
        open("/search");
        browser.driver.findElement(By.id("q")).sendKeys(MARKER);

        await().atMost(Duration.ofSeconds(10)).until(() -> !browser.driver.findElements(By.cssSelector("#q-suggestions li")).isEmpty());
        assertThat(browser.driver.findElement(By.id("q")).getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(browser.driver.findElements(By.cssSelector("#q-suggestions li"))).extracting(WebElement::getText)
                .contains(MARKER + SCRIPT + IMG);
        assertNothingInjected();
    }

    private void open(String path) {
        browser.driver.get(site.baseUrl() + path);
    }

    private void assertNoSeriousViolations() {
        List<Map<String, Object>> violations = browser.axeViolations();
        violations.forEach(v -> System.out.println("axe " + browser.driver.getCurrentUrl() + ": " + v));
        assertThat(violations).filteredOn(v -> List.of("serious", "critical").contains(v.get("impact"))).isEmpty();
    }

    private void assertNothingInjected() {
        assertThatThrownBy(() -> browser.driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.script("return window.__xss === undefined")).isEqualTo(true);
        assertThat(browser.driver.findElements(By.cssSelector("img"))).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("script:not([src])"))).isEmpty();
    }
}
