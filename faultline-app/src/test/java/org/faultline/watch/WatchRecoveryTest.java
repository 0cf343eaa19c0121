package org.faultline.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.faultline.actors.Actor;
import org.faultline.events.Event;
import org.faultline.events.Factuality;
import org.faultline.ingest.Article;
import org.faultline.ingest.IngestOptions;
import org.faultline.ingest.IngestOutcome;
import org.faultline.ingest.Ingestor;
import org.faultline.ingest.source.LoadedText;
import org.faultline.nlp.DatePrecision;
import org.faultline.pipeline.Pipeline;
import org.faultline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The state a kill -9 leaves between saving an article and marking its feed item seen: the next
 * run marks the item, does not process the article again, and still fires and delivers the alert
 * its events drive, once. No CoreNLP: the pipeline must never be asked for.
 */
class WatchRecoveryTest {
    @TempDir Path dir;

    private static final String FEED = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Desk</title>"
            + "<link>https://desk.example/</link><description>d</description><item><title>Posts shelled</title>"
            + "<link>https://desk.example/a1</link><pubDate>Thu, 06 Mar 2025 09:00:00 GMT</pubDate>"
            + "<description>Azerbaijani artillery shelled Armenian border posts on Thursday, officials said.</description>"
            + "</item></channel></rss>";

    @Test
    void anArticleSavedButNotMarkedBeforeACrashIsMarkedAndAlertedOnce() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/rss", ex -> {
            byte[] b = FEED.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/rss";
            Instant now = Instant.parse("2025-03-08T12:00:00Z");
            Ingestor ingestor = new Ingestor(IngestOptions.defaults());
            Article article = ((IngestOutcome.Read) ingestor.read(url, new LoadedText(FEED, "application/rss+xml", url, List.of()),
                    LocalDate.of(2025, 3, 8)).get(0)).article();
            Path db = dir.resolve("crash.db");
            try (Store store = Store.open(db)) {
                // what the run that was killed had written: the article and its event, no seen mark
                Event e = new Event(article.id() + "-0-0", article.id(), 0, article.text(), "shelled", "ASSAULT", null, List.of(), "195",
                        -10, 4, new Actor("Azerbaijani artillery", "Azerbaijan", "AZE", "MIL", "AZEMIL", null),
                        new Actor("Armenian border posts", "Armenia", "ARM", "MIL", "ARMMIL", null), "2025-03-06", DatePrecision.DAY,
                        null, Factuality.REPORTED, null, 0.9, null);
                store.save(article, null, List.of(e));
            }
            Path alerts = dir.resolve("alerts.jsonl");
            WatchConfig config = new WatchConfig(List.of(new SourceSpec("desk", url, null, java.time.Duration.ofMinutes(1), null, "Desk")),
                    List.of(new SinkSpec("file", "jsonl", alerts.toString(), null)));
            Clock clock = Clock.fixed(now, ZoneOffset.UTC);
            java.util.function.Supplier<Pipeline> noPipeline = () -> { throw new AssertionError("the stored article must not be processed again"); };
            try (Store store = Store.open(db)) {
                Watcher w = new Watcher(store, ingestor, noPipeline, null, config, clock);
                CycleSummary s = w.runOnce();
                assertThat(s.newItems()).isEqualTo(1);
                assertThat(s.stored()).isZero();
                assertThat(s.alerts()).isEqualTo(1);
                assertThat(s.delivered()).isEqualTo(1);
                assertThat(store.seenItems("desk")).hasSize(1);
            }
            try (Store store = Store.open(db)) {
                Watcher w = new Watcher(store, ingestor, noPipeline, null, config, Clock.fixed(now.plusSeconds(120), ZoneOffset.UTC));
                CycleSummary s = w.runOnce();
                assertThat(s.polled()).isEqualTo(1);
                assertThat(s.newItems()).isZero();
                assertThat(s.alerts()).isZero();
            }
            List<String> lines = Files.readAllLines(alerts);
            assertThat(lines).hasSize(1);
            assertThat(lines.get(0)).contains("\"dyad\":\"ARM-AZE\"").contains("\"period\":\"2025-03-06\"").contains("\"outlet\":\"Desk\"")
                    .contains("https://desk.example/a1");
        } finally {
            server.stop(0);
        }
    }
}
