package org.faultline.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faultline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's files are served from the jar with nothing from the internet: every script and
 * stylesheet the page names answers 200 from this server, the chart library and world outline
 * (unpacked from WebJars at build time) are there, and the page carries the no-inline-script CSP.
 * Runs without a browser; the browser checks are in dashboard.DashboardBrowserTest.
 */
class DashboardAssetsTest {
    @TempDir Path dir;

    @Test
    void everyAssetThePageNamesIsServedLocally() {
        try (Store store = Store.open(dir.resolve("a.db"));
             FaultlineServer server = new FaultlineServer(store, null, ServerOptions.defaults()).start(0)) {
            Api api = new Api(server.port());
            Api.Response page = api.get("/");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'");
            assertThat(page.body()).doesNotContain("http://", "https://").doesNotContain("<script>");
            Matcher m = Pattern.compile("(?:src|href)=\"([^\"#]+)\"").matcher(page.body());
            int assets = 0;
            while (m.find()) {
                String ref = m.group(1);
                if (ref.startsWith("data:")) continue;
                Api.Response r = api.get("/" + ref);
                assertThat(r.status()).as(ref).isEqualTo(200);
                assertThat(r.body()).as(ref).isNotBlank();
                assets++;
            }
            assertThat(assets).isGreaterThanOrEqualTo(4);
            assertThat(api.get("/vendor/echarts/echarts.min.js").body()).contains("echarts");
            assertThat(api.get("/vendor/world/world.js").body()).contains("registerMap('world'");
            for (String module : new String[] {"app", "api", "dom", "tension", "timeline", "network", "map", "claims", "commitments", "search", "reader"}) {
                Api.Response r = api.get("/js/" + module + ".js");
                assertThat(r.status()).as(module).isEqualTo(200);
                assertThat(r.body()).as(module + " never writes markup from data").doesNotContain("innerHTML", "insertAdjacentHTML", "document.write");
            }
        }
    }
}
