package org.faultline.ingest.source;

import com.sun.net.httpserver.HttpServer;
import org.faultline.ingest.InputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SSRF guard: private, loopback, link-local and other non-public addresses are refused before
 * any connection and on every redirect, unless the operator allows them. A real HTTP server on
 * 127.0.0.1 plays the "public" site (exempted by host:port) and counts what reached it.
 */
class AddressGuardTest {
    private HttpServer server;
    private String base;
    private final AtomicInteger privateHits = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ok", ex -> {
            byte[] b = "A short public note.".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/plain");
            ex.sendResponseHeaders(200, b.length);
            try (OutputStream o = ex.getResponseBody()) { o.write(b); }
        });
        server.createContext("/to-metadata", ex -> redirect(ex, "http://169.254.169.254/latest/meta-data/"));
        server.createContext("/to-ten", ex -> redirect(ex, "http://10.1.2.3/admin"));
        server.createContext("/to-self", ex -> redirect(ex, "http://127.0.0.1:" + server.getAddress().getPort() + "/private"));
        server.createContext("/private", ex -> {
            privateHits.incrementAndGet();
            byte[] b = "Internal page.".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, b.length);
            try (OutputStream o = ex.getResponseBody()) { o.write(b); }
        });
        server.createContext("/loop", ex -> redirect(ex, "/loop"));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange ex, String to) throws IOException {
        ex.getResponseHeaders().add("Location", to);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private HttpFetcher fetcher(AddressGuard guard) {
        return new HttpFetcher(Duration.ofSeconds(2), Duration.ofSeconds(5), 100_000, guard);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/", "http://localhost:8080/x", "http://10.0.0.5/", "http://172.16.4.1/",
            "http://172.31.255.255/", "http://192.168.1.1/router", "http://169.254.169.254/latest/meta-data/",
            "http://0.0.0.0/", "http://2130706433/", "http://0x7f000001/", "http://user:pw@127.0.0.1/",
            "http://[::1]/", "http://[::ffff:10.0.0.1]/", "http://[fd00::1]/", "http://[fe80::1]/", "http://224.0.0.1/",
            "http://100.64.0.1/", "http://[64:ff9b::a9fe:a9fe]/"})
    void nonPublicAddressesAreRefusedWithoutConnecting(String url) {
        assertThatThrownBy(() -> fetcher(new AddressGuard(false)).fetch(URI.create(url)))
                .isInstanceOf(InputException.class)
                .message().satisfiesAnyOf(
                        m -> assertThat(m).startsWith("refused: ").contains("--allow-private-urls"),
                        // a numeric form the resolver does not read as an address is no host at all
                        m -> assertThat(m).contains("was not found"));
    }

    @Test
    void theClassicRangesAreNamed() throws Exception {
        assertThat(AddressGuard.nonPublic(InetAddress.getByName("127.0.0.1"))).contains("a loopback address");
        assertThat(AddressGuard.nonPublic(InetAddress.getByName("10.20.30.40"))).contains("a private address");
        assertThat(AddressGuard.nonPublic(InetAddress.getByName("172.16.0.1"))).contains("a private address");
        assertThat(AddressGuard.nonPublic(InetAddress.getByName("192.168.0.1"))).contains("a private address");
        assertThat(AddressGuard.nonPublic(InetAddress.getByName("169.254.169.254"))).contains("a link-local address");
        assertThat(AddressGuard.nonPublic(InetAddress.getByName("2130706433"))).contains("a loopback address");
        assertThat(AddressGuard.nonPublic(InetAddress.getByName("172.32.0.1"))).isEmpty();
        assertThat(AddressGuard.nonPublic(InetAddress.getByName("93.184.216.34"))).isEmpty();
        assertThat(AddressGuard.nonPublic(InetAddress.getByName("2606:4700::1111"))).isEmpty();
    }

    @Test
    void theLocalServerItselfIsRefusedByDefault() {
        assertThatThrownBy(() -> fetcher(new AddressGuard(false)).fetch(URI.create(base + "/ok")))
                .hasMessageStartingWith("refused: 127.0.0.1 resolves to 127.0.0.1, a loopback address");
    }

    @Test
    void aRedirectToAPrivateAddressIsRefusedOnTheHop() throws InputException {
        AddressGuard guard = new AddressGuard(false).exempting("127.0.0.1:" + server.getAddress().getPort());
        assertThat(fetcher(guard).fetch(URI.create(base + "/ok")).text()).contains("public note");
        assertThatThrownBy(() -> fetcher(guard).fetch(URI.create(base + "/to-metadata")))
                .hasMessageContaining("169.254.169.254, a link-local address");
        assertThatThrownBy(() -> fetcher(guard).fetch(URI.create(base + "/to-ten")))
                .hasMessageContaining("10.1.2.3, a private address");
    }

    @Test
    void theOperatorMayAllowPrivateAddresses() throws InputException {
        LoadedText got = fetcher(new AddressGuard(true)).fetch(URI.create(base + "/to-self"));
        assertThat(privateHits).hasValue(1);
        assertThat(got.location()).endsWith("/private");
    }

    @Test
    void redirectLoopsStop() {
        assertThatThrownBy(() -> fetcher(new AddressGuard(true)).fetch(URI.create(base + "/loop")))
                .hasMessage("too many redirects (over " + HttpFetcher.MAX_REDIRECTS + ")");
    }

    @Test
    void aClosedPortIsSaidInPlainWords() throws IOException {
        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        assertThatThrownBy(() -> fetcher(new AddressGuard(true)).fetch(URI.create("http://127.0.0.1:" + port + "/x")))
                .hasMessage("cannot fetch: the connection to 127.0.0.1:" + port + " was refused (is the server up?)")
                .message().doesNotContain("Exception");
    }
}
