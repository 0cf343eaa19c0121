package org.faultline.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.faultline.server.FaultlineServer;
import org.faultline.server.ServerOptions;
import org.faultline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** A new user's first look: an empty store loads cleanly and says there is nothing yet. */
class DashboardEmptyStoreTest {
    @TempDir Path dir;

    @Test
    void emptyStoreLoadsWithoutErrors() throws IOException {
        Browser.assumeInstalled();
        try (Store store = Store.open(dir.resolve("empty.db"));
             FaultlineServer server = new FaultlineServer(store, null, ServerOptions.defaults()).start(0);
             Browser browser = new Browser(dir.resolve("chrome-profile"))) {
            browser.openDashboard("http://127.0.0.1:" + server.port() + "/");
            var d = browser.driver;
            assertThat(d.findElement(By.id("timeline-count")).getAttribute("data-events")).isEqualTo("0");
            assertThat(d.findElement(By.id("alerts")).getText()).contains("No alerts");
            assertThat(d.findElement(By.id("contradictions")).getText()).contains("No contested claims");
            assertThat(d.findElement(By.id("commitments")).getText()).contains("No commitments");
            assertThat(d.findElement(By.id("tension-note")).getText()).contains("no events between two countries");
            browser.shot("15-empty-store");
            assertThat(browser.severeConsoleEntries()).as("browser console errors").isEmpty();
        }
    }
}
