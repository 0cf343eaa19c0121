package org.faultline.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.faultline.events.Event;
import org.faultline.server.FaultlineServer;
import org.faultline.server.ServerOptions;
import org.faultline.server.bench.SampleCorpus;
import org.faultline.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboard over more events than one API page (the benchmark's synthetic corpus): it shows
 * the newest page and says so, a dyad filter still sees all of that dyad's events, and nothing
 * logs a console error.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardLargeStoreTest {
    static final int ARTICLES = 400, PAGE = 500;
    @TempDir static Path dir;
    Store store;
    FaultlineServer server;
    Browser browser;
    final List<Event> events = new ArrayList<>();

    @BeforeAll
    void start() throws IOException {
        Browser.assumeInstalled();
        store = Store.open(dir.resolve("large.db"));
        SampleCorpus.fill(store, ARTICLES);
        for (int n = 0; n < ARTICLES; n++) events.addAll(SampleCorpus.item(n).events());
        server = new FaultlineServer(store, null, ServerOptions.defaults()).start(0);
        browser = new Browser(dir.resolve("chrome-profile"));
    }

    @AfterAll
    void stop() {
        if (browser != null) browser.close();
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    @Test
    void showsTheNewestPageAndFiltersWithinTheWholeStore() {
        browser.openDashboard("http://127.0.0.1:" + server.port() + "/");
        var d = browser.driver;
        assertThat(events.size()).isGreaterThan(PAGE);
        assertThat(d.findElement(By.id("timeline-count")).getAttribute("data-events")).isEqualTo(String.valueOf(PAGE));
        assertThat(d.findElement(By.id("status")).getText()).contains("newest " + PAGE + " of " + events.size());
        String newest = events.stream().map(Event::date).max(Comparator.naturalOrder()).orElseThrow();
        List<WebElement> rows = d.findElements(By.cssSelector("#event-list tbody tr"));
        assertThat(rows.get(0).findElement(By.tagName("td")).getText()).isEqualTo(newest);
        browser.shot("12-large-overview");
        browser.scrollTo("sec-network");
        browser.shot("13-large-network-map");
        WebElement mapCount = d.findElement(By.id("map-count"));
        long located = events.stream().filter(e -> e.location() != null && e.location().lat() != null).count();
        assertThat(Integer.parseInt(mapCount.getAttribute("data-located"))).as("located events on the page").isPositive();
        assertThat(Integer.parseInt(mapCount.getAttribute("data-places")))
                .as("events at one place are one bubble (%d located events in the store)", located)
                .isPositive().isLessThan(Integer.parseInt(mapCount.getAttribute("data-located")));

        new Select(d.findElement(By.id("filter-dyad"))).selectByValue("ARM-AZE");
        long between = events.stream().filter(e -> e.target() != null && isArmAze(e)).count();
        assertThat(between).isLessThan(PAGE);
        browser.wait.until(x -> String.valueOf(between).equals(x.findElement(By.id("timeline-count")).getAttribute("data-events")));
        browser.scrollTo("sec-timeline");
        browser.shot("14-large-timeline-arm-aze");
        assertThat(browser.severeConsoleEntries()).as("browser console errors").isEmpty();
    }

    private static boolean isArmAze(Event e) {
        String s = e.source().country(), t = e.target().country();
        return (s.equals("ARM") && t.equals("AZE")) || (s.equals("AZE") && t.equals("ARM"));
    }
}
