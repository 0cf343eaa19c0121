package org.faultline.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.faultline.ingest.FormatsTest.articles;
import static org.faultline.ingest.FormatsTest.failures;

/** http(s) inputs, served by a real HTTP server on 127.0.0.1 (no other network is used). */
class UrlInputTest {
    private HttpServer server;
    private String base;
    private java.util.concurrent.ExecutorService executor;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/page", ex -> send(ex, 200, "text/html; charset=utf-8", Fixtures.text("page-with-furniture.html")));
        server.createContext("/feed", ex -> send(ex, 200, "application/rss+xml", Fixtures.text("regional-wire.rss")));
        server.createContext("/plain", ex -> send(ex, 200, "text/plain", "Short note on talks\n\nThe two delegations met again on Friday."));
        server.createContext("/missing", ex -> send(ex, 404, "text/html", "<p>not here</p>"));
        server.createContext("/moved", ex -> {
            ex.getResponseHeaders().add("Location", base + "/page");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        server.createContext("/slow", ex -> {
            try {
                Thread.sleep(10_000); // well past the request timeout, even on a loaded machine
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(ex, 200, "text/plain", "too late");
        });
        server.createContext("/big", ex -> send(ex, 200, "text/plain", "word ".repeat(1000)));
        executor = java.util.concurrent.Executors.newFixedThreadPool(4);
        server.setExecutor(executor); // the slow handler must not block the others
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private Ingestor ingestor(long maxBytes) {
        return new Ingestor(IngestOptions.defaults().withMaxBytes(maxBytes).withAllowPrivateUrls(true)
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(4)));
    }

    @Test
    void pagesFeedsAndTextAreFetched() {
        List<IngestOutcome> out = ingestor(1_000_000).ingestAll(List.of(base + "/page", base + "/feed", base + "/plain"));
        List<Article> read = articles(out);
        assertThat(read).hasSize(1 + 2 + 1);
        Article page = read.get(0);
        assertThat(page.source()).isEqualTo(base + "/page");
        assertThat(page.format()).isEqualTo("html");
        assertThat(page.published()).isEqualTo(LocalDate.of(2024, 4, 19));
        assertThat(page.text()).startsWith("Delegations of two neighbouring states").doesNotContain("Leave a Reply");
        assertThat(read.get(1).format()).isEqualTo("feed");
        assertThat(read.get(3).title()).isEqualTo("Short note on talks");
        assertThat(failures(out)).singleElement().satisfies(f -> assertThat(f.reason()).contains("no text"));
    }

    @Test
    void redirectsAreFollowed() {
        assertThat(articles(ingestor(1_000_000).ingestAll(List.of(base + "/moved")))).singleElement()
                .satisfies(a -> assertThat(a.source()).isEqualTo(base + "/moved"));
    }

    @Test
    void failingUrlsFailAloneWithTheirReason() throws IOException {
        int freePort;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            freePort = probe.getLocalPort();
        }
        String refused = "http://127.0.0.1:" + freePort + "/x";
        List<String> inputs = List.of(base + "/missing", base + "/slow", base + "/big", refused, base + "/plain");
        List<IngestOutcome> out = ingestor(2000).ingestAll(inputs);
        assertThat(articles(out)).hasSize(1);
        assertThat(failures(out)).extracting(IngestOutcome.Failed::input).containsExactly(inputs.subList(0, 4).toArray(String[]::new));
        assertThat(failures(out)).extracting(IngestOutcome.Failed::reason).satisfiesExactly(
                r -> assertThat(r).isEqualTo("HTTP 404"),
                r -> assertThat(r).contains("timed out"),
                r -> assertThat(r).contains("too large"),
                r -> assertThat(r).startsWith("cannot fetch"));
    }
}
