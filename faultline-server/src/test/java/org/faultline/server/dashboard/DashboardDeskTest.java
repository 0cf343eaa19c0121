package org.faultline.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.faultline.events.Event;
import org.faultline.server.FaultlineServer;
import org.faultline.server.ServerOptions;
import org.faultline.store.SourceStatus;
import org.faultline.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboard as a desk uses it, in real headless Chromium: a deep link opens the same view,
 * the download button gives the filtered events as CSV, the sources panel shows the watch
 * status, an alert zooms to its period, and the page fits a 390 px phone. Screenshots of the
 * filtered view (desktop and phone) and of the sources panel go to target/screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardDeskTest {
    @TempDir static Path dir;
    Store store;
    FaultlineServer server;
    DashboardFixture fixture;
    Browser browser;
    ChromeDriver driver;
    String base;

    @BeforeAll
    void start() throws IOException {
        Browser.assumeInstalled();
        store = Store.open(dir.resolve("desk.db"));
        fixture = DashboardFixture.fill(store);
        Instant t = Instant.parse("2024-03-21T08:00:00Z");
        store.saveSourceStatus(SourceStatus.fresh("caucasus-wire", "https://wire.example/caucasus.xml", "Caucasus Wire")
                .succeeded(t, t.plusSeconds(900), "\"abc\"", null, 42));
        store.saveSourceStatus(SourceStatus.fresh("field-notes", "/srv/desk/inbox", "Field Notes")
                .succeeded(t.minusSeconds(3600), t, null, null, 7).failed(t, t.plusSeconds(1800), "no such file or folder: /srv/desk/inbox"));
        server = new FaultlineServer(store, null, ServerOptions.defaults()).start(0);
        base = "http://127.0.0.1:" + server.port() + "/";
        browser = new Browser(dir.resolve("chrome-profile"));
        driver = browser.driver;
    }

    @AfterAll
    void stop() {
        if (browser != null) browser.close();
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    @AfterEach
    void noConsoleErrors() {
        assertThat(browser.severeConsoleEntries()).as("browser console errors").isEmpty();
        driver.manage().window().setSize(new Dimension(1440, 1000));
    }

    private long expected(String a, String b, String type, String from, String to) {
        return fixture.events.stream().filter(e -> e.source() != null && e.target() != null)
                .filter(e -> (e.source().country().equals(a) && e.target().country().equals(b))
                        || (e.source().country().equals(b) && e.target().country().equals(a)))
                .filter(e -> type == null || e.type().equals(type))
                .filter(e -> from == null || e.date().compareTo(from) >= 0)
                .filter(e -> to == null || e.date().compareTo(to) <= 0).count();
    }

    private List<WebElement> rows() {
        return driver.findElements(By.cssSelector("#event-list tbody tr"));
    }

    @Test
    void deepLinkOpensTheSameView() {
        browser.openDashboard(base + "?dyad=ARM-AZE&from=2024-03-02&to=2024-03-04");
        assertThat(new Select(driver.findElement(By.id("filter-dyad"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("ARM-AZE");
        assertThat(driver.findElement(By.id("filter-from")).getAttribute("value")).isEqualTo("2024-03-02");
        long want = expected("ARM", "AZE", null, "2024-03-02", "2024-03-04");
        assertThat(want).isPositive().isLessThan(fixture.events.size());
        assertThat(rows()).hasSize((int) want);
        // changing a filter rewrites the address, so copying it shares the new view
        new Select(driver.findElement(By.id("filter-type"))).selectByValue("ASSAULT");
        browser.wait.until(d -> d.getCurrentUrl().contains("type=ASSAULT"));
        browser.wait.until(d -> rows().size() == expected("ARM", "AZE", "ASSAULT", "2024-03-02", "2024-03-04"));
        assertThat(driver.getCurrentUrl()).contains("dyad=ARM-AZE").contains("from=2024-03-02");
        browser.scrollTo("sec-timeline");
        browser.shot("desk-filtered-desktop");
        // every row names its article's source
        assertThat(driver.findElements(By.cssSelector("#event-list td.src-link"))).hasSize(rows().size());
    }

    @Test
    void downloadButtonGivesTheFilteredEventsAsCsv() throws IOException {
        browser.openDashboard(base + "?dyad=IND-PAK");
        WebElement link = driver.findElement(By.id("download-csv"));
        assertThat(link.getAttribute("download")).endsWith(".csv");
        assertThat(link.getAttribute("href")).contains("/api/events.csv").contains("dyad=IND-PAK");
        // fetch what the button points at, from the page, as the browser would save it
        String csv = (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(document.getElementById('download-csv').href).then(r => r.text()).then(done);");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(records).hasSize((int) expected("IND", "PAK", null, null, null));
        assertThat(records).allSatisfy(r -> assertThat(List.of(r.get("source_country"), r.get("target_country"))).containsExactlyInAnyOrder("IND", "PAK"));
    }

    @Test
    void sourcesPanelShowsWatchStatusWithoutLocalPaths() {
        browser.openDashboard(base);
        browser.wait.until(d -> d.findElements(By.cssSelector("#sources tbody tr[data-source]")).size() == 2);
        WebElement panel = driver.findElement(By.id("sec-sources"));
        String text = panel.getText();
        assertThat(text).contains("caucasus-wire").contains("Caucasus Wire").contains("42").contains("failing");
        assertThat(text).doesNotContain("/srv/desk");
        assertThat(panel.findElement(By.cssSelector("a[href='https://wire.example/caucasus.xml']"))).isNotNull();
        browser.scrollTo("sec-sources");
        browser.shot(panel, "desk-sources-panel");
    }

    @Test
    void clickingAnAlertZoomsToItsPeriod() {
        browser.openDashboard(base);
        WebElement alert = driver.findElement(By.cssSelector("#alerts li.alert"));
        String period = alert.getAttribute("data-period");
        alert.click();
        browser.wait.until(d -> d.getCurrentUrl().contains("from="));
        String from = driver.findElement(By.id("filter-from")).getAttribute("value");
        String to = driver.findElement(By.id("filter-to")).getAttribute("value");
        assertThat(from.compareTo(period)).isLessThan(0);
        assertThat(to.compareTo(period)).isGreaterThan(0);
        assertThat(driver.findElement(By.id("tension-chart")).getAttribute("aria-label")).startsWith("Tension of");
    }

    @Test
    void fitsAPhoneScreen() {
        driver.manage().window().setSize(new Dimension(390, 844));
        browser.openDashboard(base + "?dyad=ARM-AZE");
        JavascriptExecutor js = (JavascriptExecutor) driver;
        Object inner = js.executeScript("return window.innerWidth");
        Object scroll = js.executeScript("return document.documentElement.scrollWidth");
        assertThat(((Number) scroll).intValue()).as("no sideways scroll").isLessThanOrEqualTo(((Number) inner).intValue());
        browser.shot("desk-filtered-390px");
        rows().get(0).findElement(By.cssSelector("a.quiet")).click();
        WebElement reader = browser.wait.until(d -> d.findElement(By.cssSelector("dialog#reader[open]")));
        browser.wait.until(d -> !d.findElements(By.cssSelector("#reader-text mark.evidence")).isEmpty());
        var r = reader.getRect();
        assertThat(r.getX()).isGreaterThanOrEqualTo(0);
        assertThat(r.getX() + r.getWidth()).as("reader inside the screen").isLessThanOrEqualTo(((Number) inner).intValue());
        browser.shot("desk-reader-390px");
        assertThat(driver.findElement(By.cssSelector("a.skip[href='#sec-network']"))).isNotNull();
    }
}
