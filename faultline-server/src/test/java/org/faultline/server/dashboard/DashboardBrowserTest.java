package org.faultline.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.faultline.server.FaultlineServer;
import org.faultline.server.ServerOptions;
import org.faultline.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real headless Chromium (Debian's chromium + chromium-driver) against the
 * real server over {@link DashboardFixture}. Every test fails on a SEVERE browser console entry.
 * Screenshots go to target/screenshots/. Skipped only when /usr/bin/chromium is missing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest {
    @TempDir static Path dir;
    Store store;
    FaultlineServer server;
    DashboardFixture fixture;
    Browser browser;
    ChromeDriver driver;
    WebDriverWait wait;
    String base;

    @BeforeAll
    void start() throws IOException {
        Browser.assumeInstalled();
        store = Store.open(dir.resolve("dash.db"));
        fixture = DashboardFixture.fill(store);
        server = new FaultlineServer(store, null, ServerOptions.defaults()).start(0);
        base = "http://127.0.0.1:" + server.port() + "/";
        browser = new Browser(dir.resolve("chrome-profile"));
        driver = browser.driver;
        wait = browser.wait;
    }

    @AfterAll
    void stop() {
        if (browser != null) browser.close();
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    @BeforeEach
    void open() {
        browser.openDashboard(base);
    }

    @AfterEach
    void noConsoleErrors() {
        assertThat(browser.severeConsoleEntries()).as("browser console errors").isEmpty();
    }

    @Test
    void loadsAndShowsEveryEventOnTheTimeline() {
        WebElement count = driver.findElement(By.id("timeline-count"));
        assertThat(count.getAttribute("data-events")).isEqualTo(String.valueOf(fixture.events.size()));
        assertThat(count.getAttribute("data-incidents")).isEqualTo("2");
        assertThat(rows()).hasSize(fixture.events.size());
        assertThat(driver.findElements(By.cssSelector("#timeline-chart canvas"))).isNotEmpty();
        assertThat(driver.findElement(By.id("event-list")).getText()).contains("Azerbaijani forces shelled the village of Norashen");
        assertThat(driver.findElement(By.id("map-count")).getAttribute("data-located")).isEqualTo("5");
        assertThat(driver.findElements(By.cssSelector("#alerts li.alert"))).isNotEmpty();
        assertThat(driver.findElement(By.id("commitments")).getText()).contains("a joint border commission", "proposed", "agreed");
        assertThat(driver.findElement(By.id("stats")).getText()).contains("7 articles");
        shot("01-overview");
        scrollTo("sec-timeline");
        shot(driver.findElement(By.id("sec-timeline")), "02-timeline");
        shot(driver.findElement(By.id("sec-network")), "03-network");
        shot(driver.findElement(By.id("sec-map")), "04-map");
        scrollTo("sec-commitments");
        shot(driver.findElement(By.id("sec-commitments")), "05-commitments");
    }

    @Test
    void filteringByDyadNarrowsTheTimeline() {
        new Select(driver.findElement(By.id("filter-dyad"))).selectByValue("IND-PAK");
        long expected = fixture.between("IND", "PAK");
        wait.until(d -> String.valueOf(expected).equals(d.findElement(By.id("timeline-count")).getAttribute("data-events"))
                && d.findElement(By.tagName("body")).getAttribute("data-loading") == null);
        assertThat(expected).isLessThan(fixture.events.size());
        assertThat(rows()).hasSize((int) expected).allSatisfy(r -> assertThat(r.getAttribute("data-dyad")).isEqualTo("IND-PAK"));
        assertThat(driver.findElement(By.id("timeline-count")).getAttribute("data-incidents")).isEqualTo("1");
        assertThat(driver.findElement(By.id("tension-dyad")).getText()).startsWith("IND-PAK");
        scrollTo("sec-timeline");
        shot(driver.findElement(By.id("sec-timeline")), "06-timeline-ind-pak");
        new Select(driver.findElement(By.id("filter-dyad"))).selectByValue("ARM-AZE");
        long arm = fixture.between("ARM", "AZE");
        wait.until(d -> String.valueOf(arm).equals(d.findElement(By.id("timeline-count")).getAttribute("data-events")));
        assertThat(rows()).allSatisfy(r -> assertThat(r.getAttribute("data-dyad")).isEqualTo("ARM-AZE"));
        scrollTo("sec-tension");
        shot(driver.findElement(By.id("sec-tension")), "07-tension-arm-aze");
    }

    @Test
    void contestedPairShowsBothSidesWithEvidenceHighlighted() {
        scrollTo("sec-claims");
        driver.findElement(By.cssSelector("#contradictions li[data-contradiction='ctr-1']")).click();
        wait.until(d -> "ctr-1".equals(d.findElement(By.id("pair")).getAttribute("data-contradiction"))
                && "true".equals(d.findElement(By.id("pair")).getAttribute("data-ready")));
        WebElement a = driver.findElement(By.id("side-a")), b = driver.findElement(By.id("side-b"));
        assertThat(a.getText()).contains("Armenia", "accuse", "2024-03-02", "Night of shelling near the northern border", "Test Wire");
        assertThat(b.getText()).contains("Azerbaijan", "deny", "2024-03-03", "Baku rejects the border allegations");
        assertThat(a.findElement(By.cssSelector("mark.evidence")).getText()).isEqualTo(DashboardFixture.ACCUSATION);
        assertThat(b.findElement(By.cssSelector("mark.evidence")).getText())
                .isEqualTo("The Azerbaijani defence ministry denied that its units had fired first.");
        assertThat(a.findElement(By.cssSelector(".article-text")).getText()).contains("Two houses were damaged");
        shot(driver.findElement(By.id("sec-claims")), "08-claims-pair");
        a.findElement(By.cssSelector(".source a")).click();
        WebElement reader = wait.until(d -> d.findElement(By.id("reader")).isDisplayed() ? d.findElement(By.id("reader")) : null);
        assertThat(reader.findElement(By.cssSelector("#reader-text mark.evidence")).getText()).isEqualTo(DashboardFixture.ACCUSATION);
        shot("09-reader-evidence");
    }

    @Test
    void scriptPayloadArticleRendersInertly() {
        // the chart tooltip of the payload event (ECharts writes string tooltips as HTML; ours are DOM nodes)
        scrollTo("sec-timeline");
        Object shown = ((JavascriptExecutor) driver).executeScript(
                "const c = echarts.getInstanceByDom(document.getElementById('timeline-chart'));"
                + "const series = c.getOption().series;"
                + "for (let s = 0; s < series.length; s++) {"
                + "  const i = series[s].data.findIndex((d) => d.ref && d.ref.article_id === arguments[0]);"
                + "  if (i >= 0) { c.dispatchAction({type: 'showTip', seriesIndex: s, dataIndex: i}); return true; }"
                + "} return false;", DashboardFixture.SCRIPT_ARTICLE);
        assertThat(shown).isEqualTo(true);
        wait.until(d -> d.findElement(By.id("timeline-chart")).getText().contains(DashboardFixture.PAYLOAD_IMG));
        shot(driver.findElement(By.id("sec-timeline")), "11-timeline-tooltip-payload");
        assertThat(driver.findElements(By.cssSelector("#timeline-chart img"))).isEmpty();
        scrollTo("sec-search");
        driver.findElement(By.id("search-q")).sendKeys("commentator");
        driver.findElement(By.cssSelector("#search-form button")).click();
        WebElement hit = wait.until(d -> d.findElements(By.cssSelector("#search-results li[data-article='" + DashboardFixture.SCRIPT_ARTICLE + "'] a"))
                .stream().findFirst().orElse(null));
        assertThat(driver.findElement(By.id("search-results")).getText()).contains(DashboardFixture.PAYLOAD_IMG);
        hit.click();
        wait.until(d -> DashboardFixture.SCRIPT_ARTICLE.equals(d.findElement(By.id("reader-text")).getAttribute("data-article")));
        assertThat(driver.findElement(By.id("reader-text")).getText()).contains(DashboardFixture.PAYLOAD_SCRIPT, DashboardFixture.PAYLOAD_IMG);
        assertThat(driver.findElement(By.id("reader-title")).getText()).contains(DashboardFixture.PAYLOAD_IMG);
        wait.until(d -> !d.findElements(By.cssSelector("#reader-events li")).isEmpty());
        shot("10-reader-script-payload");
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        JavascriptExecutor js = driver;
        assertThat(js.executeScript("return window.__pwned === undefined")).isEqualTo(true);
        assertThat(driver.findElements(By.cssSelector("img"))).as("no injected image").isEmpty();
        assertThat(driver.findElements(By.cssSelector("#reader script, main script, dialog script"))).isEmpty();
        for (WebElement s : driver.findElements(By.tagName("script")))
            assertThat(s.getAttribute("src")).as("only the dashboard's own scripts").matches(base + "(vendor|js)/.*");
        // the payload event is in the timeline table too, as text
        assertThat(driver.findElement(By.id("event-list")).getText()).contains(DashboardFixture.PAYLOAD_IMG);
    }

    private List<WebElement> rows() {
        return driver.findElements(By.cssSelector("#event-list tbody tr"));
    }

    private void scrollTo(String id) { browser.scrollTo(id); }

    private void shot(String name) { browser.shot(name); }

    private void shot(WebElement element, String name) { browser.shot(element, name); }
}
