package org.faultline.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.faultline.ingest.IngestOptions;
import org.faultline.ingest.Ingestor;
import org.faultline.pipeline.TestPipeline;
import org.faultline.store.SourceStatus;
import org.faultline.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watch loop end to end, against a local feed server whose feed changes between polls, a
 * source that answers 500, a folder, and a local webhook receiver that fails its first request:
 * new items are ingested once, the failing source is retried later while the others go on, a
 * restart resumes without re-ingesting, and the escalation reaches the webhook exactly once,
 * signed. Runs the real pipeline (CoreNLP) on article texts written for this test.
 */
class WatchDeliveryTest {
    private static final String SECRET = "s3cret-for-tests";
    private static final Instant T0 = Instant.parse("2025-03-08T12:00:00Z");

    @TempDir Path dir;
    private HttpServer server;
    private final AtomicReference<String> feed = new AtomicReference<>();
    private final AtomicReference<String> etag = new AtomicReference<>("\"v1\"");
    private final AtomicInteger feedGets = new AtomicInteger(), feedNotModified = new AtomicInteger();
    private final AtomicInteger downGets = new AtomicInteger(), hookRequests = new AtomicInteger();
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private final List<String> signatures = new CopyOnWriteArrayList<>();

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        Instant now = T0;
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @BeforeEach
    void servers() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed.xml", ex -> {
            feedGets.incrementAndGet();
            if (etag.get().equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                feedNotModified.incrementAndGet();
                ex.getResponseHeaders().add("ETag", etag.get());
                ex.sendResponseHeaders(304, -1);
                ex.close();
                return;
            }
            ex.getResponseHeaders().add("ETag", etag.get());
            send(ex, 200, "application/rss+xml; charset=utf-8", feed.get());
        });
        server.createContext("/down.xml", ex -> {
            downGets.incrementAndGet();
            send(ex, 500, "text/plain", "internal error");
        });
        server.createContext("/hook", ex -> {
            byte[] body = ex.getRequestBody().readAllBytes();
            // the first delivery attempt fails, to prove the retry
            if (hookRequests.incrementAndGet() == 1) {
                send(ex, 500, "text/plain", "try again");
                return;
            }
            signatures.add(ex.getRequestHeaders().getFirst(WebhookSink.SIGNATURE_HEADER));
            delivered.add(new String(body, StandardCharsets.UTF_8));
            send(ex, 204, "text/plain", null);
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        if (body == null) {
            ex.sendResponseHeaders(status, -1);
        } else {
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(status, b.length);
            ex.getResponseBody().write(b);
        }
        ex.close();
    }

    private String base() { return "http://127.0.0.1:" + server.getAddress().getPort(); }

    private static String item(String id, String day, String title, String text) {
        return "<item><title>" + title + "</title><link>https://news.example/" + id + "</link><guid>" + id + "</guid>"
                + "<pubDate>" + day + " 09:00:00 GMT</pubDate><description>" + text + "</description></item>";
    }

    private static String rss(String... items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Border Desk</title>"
                + "<link>https://news.example/</link><description>test feed</description>" + String.join("", items)
                + "</channel></rss>";
    }

    private static final String CALM_1 = item("calm-1", "Mon, 03 Mar 2025", "Accusations across the border",
            "Armenia's foreign ministry accused Azerbaijan on Monday of preparing a new offensive along the border. "
                    + "Officials in Yerevan gave no evidence for the claim.");
    private static final String CALM_2 = item("calm-2", "Tue, 04 Mar 2025", "Baku issues a warning",
            "Azerbaijan's defence ministry warned Armenia on Tuesday that it would respond to any provocation. "
                    + "The statement was read on state television.");
    private static final String ATTACK_1 = item("attack-1", "Thu, 06 Mar 2025", "Soldiers killed in shelling",
            "Azerbaijani forces shelled Armenian positions near the town of Jermuk on Thursday, killing three soldiers, "
                    + "the Armenian defence ministry said.");
    private static final String ATTACK_2 = item("attack-2", "Thu, 06 Mar 2025", "Drone strikes on border posts",
            "Azerbaijani troops attacked Armenian border posts with artillery and drones on Thursday, "
                    + "Armenia's defence ministry said.");

    private Path config(Path folder) throws IOException {
        Path yaml = dir.resolve("sources.yaml");
        Files.writeString(yaml, """
                sources:
                  - name: border-desk
                    url: %s/feed.xml
                    interval: 60s
                    outlet: Border Desk
                  - name: broken
                    url: %s/down.xml
                    interval: 60s
                  - name: inbox
                    path: %s
                    interval: 60s
                    outlet: Field Notes
                sinks:
                  - name: desk-hook
                    type: webhook
                    url: %s/hook
                    secret_env: TEST_HOOK_SECRET
                  - name: alert-file
                    type: jsonl
                    path: alerts.jsonl
                """.formatted(base(), base(), folder, base()));
        return yaml;
    }

    @Test
    void pollsIngestsOnceRetriesResumesAndDeliversTheEscalationOnceSigned() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(folder.resolve("talks.txt"), """
                Envoys meet in Vienna

                Vienna, 5 March 2025 - Envoys of Armenia and Azerbaijan met in Vienna on Wednesday to discuss border demarcation.
                """);
        WatchConfig config = WatchConfigFile.load(config(folder), name -> name.equals("TEST_HOOK_SECRET") ? SECRET : null);
        Path dbFile = dir.resolve("watch.db");
        HandClock clock = new HandClock();
        feed.set(rss(CALM_1, CALM_2));

        long articlesAfterFirst;
        try (Store store = Store.open(dbFile)) {
            Watcher watcher = new Watcher(store, new Ingestor(IngestOptions.defaults()), TestPipeline::shared,
                    TestPipeline.linker(), config, clock);
            CycleSummary first = watcher.runOnce();
            assertThat(first.polled()).isEqualTo(3);
            assertThat(first.failed()).containsExactly("broken");
            assertThat(first.stored()).as("two feed items and one file").isEqualTo(3);
            assertThat(first.alerts()).as("words alone do not alert").isZero();
            SourceStatus broken = store.sourceStatus("broken").orElseThrow();
            assertThat(broken.errors()).isEqualTo(1);
            assertThat(broken.lastError()).isEqualTo("HTTP 500");
            assertThat(broken.nextPoll()).isEqualTo(T0.plusSeconds(60));
            articlesAfterFirst = store.stats().articles();

            clock.now = T0.plusSeconds(10);
            assertThat(watcher.runOnce().polled()).as("nothing is due yet").isZero();

            // the feed changes: the old items stay, two reports of an attack arrive
            feed.set(rss(ATTACK_1, ATTACK_2, CALM_1, CALM_2));
            etag.set("\"v2\"");
            clock.now = T0.plusSeconds(61);
            CycleSummary second = watcher.runOnce();
            assertThat(second.failed()).as("the broken source is retried, and fails again").containsExactly("broken");
            assertThat(second.newItems()).isEqualTo(2);
            assertThat(second.stored()).isEqualTo(2);
            assertThat(second.alerts()).isEqualTo(1);
            assertThat(second.delivered()).as("webhook and file").isEqualTo(2);
            SourceStatus retried = store.sourceStatus("broken").orElseThrow();
            assertThat(retried.errors()).isEqualTo(2);
            assertThat(retried.nextPoll()).as("backoff doubles the wait").isEqualTo(clock.now.plusSeconds(120));
            assertThat(store.sourceStatus("border-desk").orElseThrow().itemsSeen()).isEqualTo(4);
        }
        assertThat(downGets.get()).isEqualTo(2);

        // restart: a new watcher on the reopened store; the feed answers 304 to the remembered ETag
        clock.now = T0.plusSeconds(200);
        try (Store store = Store.open(dbFile)) {
            Watcher watcher = new Watcher(store, new Ingestor(IngestOptions.defaults()), TestPipeline::shared,
                    TestPipeline.linker(), config, clock);
            CycleSummary afterRestart = watcher.runOnce();
            assertThat(afterRestart.newItems()).isZero();
            assertThat(feedNotModified.get()).isEqualTo(1);
            // a server that ignores validators and resends the same items: seen items are not ingested again
            etag.set("\"v3\"");
            clock.now = T0.plusSeconds(300);
            CycleSummary resent = watcher.runOnce();
            assertThat(resent.newItems()).isZero();
            assertThat(resent.alerts()).isZero();
            assertThat(store.stats().articles()).isEqualTo(articlesAfterFirst + 2);
            assertThat(store.pendingDeliveries()).isEmpty();
        }

        assertThat(hookRequests.get()).as("one failed attempt, one retry").isEqualTo(2);
        assertThat(delivered).hasSize(1);
        String body = delivered.get(0);
        String expected = "sha256=" + WebhookSink.sign(SECRET.getBytes(StandardCharsets.UTF_8), body.getBytes(StandardCharsets.UTF_8));
        assertThat(MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                signatures.get(0).getBytes(StandardCharsets.UTF_8))).as("valid HMAC-SHA256 signature").isTrue();
        JsonNode alert = new ObjectMapper().readTree(body);
        assertThat(alert.get("dyad").asText()).isEqualTo("ARM-AZE");
        assertThat(alert.get("period").asText()).isEqualTo("2025-03-06");
        assertThat(alert.get("events")).isNotEmpty();
        JsonNode driver = alert.get("events").get(0);
        assertThat(driver.get("evidence").asText()).contains("Azerbaijani");
        assertThat(driver.get("outlet").asText()).isEqualTo("Border Desk");
        assertThat(driver.get("url").asText()).startsWith("https://news.example/attack-");
        assertThat(Files.readAllLines(dir.resolve("alerts.jsonl"))).hasSize(1);
    }
}
