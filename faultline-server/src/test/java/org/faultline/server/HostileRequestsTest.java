package org.faultline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.faultline.server.ReadEndpointsTest.assertBad;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.faultline.ingest.Article;
import org.faultline.ingest.IngestOptions;
import org.faultline.nlp.Doc;
import org.faultline.server.ingest.PlainTextIngest;
import org.faultline.server.ingest.RequestReader;
import org.faultline.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Requests a hostile client sends: every answer is JSON with the security headers, never a trace. */
class HostileRequestsTest {
    private static final String TOKEN = "hostile-requests-token";
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path dir;
    Store store;
    FaultlineServer server;
    Api api;

    @BeforeEach
    void start() {
        store = Store.open(dir.resolve("hostile.db"));
        Article a = new Article("srv1", "/srv/faultline/private/inbox/report-17.txt", null, "Report seventeen",
                null, false, "text", "Talks resumed.", "Talks resumed.", List.of(), "h", null, List.of());
        store.save(a, new Doc("srv1", null, List.of(), List.of()), List.of(), List.of());
        server = new FaultlineServer(store, new PlainTextIngest(store, new RequestReader(IngestOptions.defaults())),
                ServerOptions.defaults().withToken(TOKEN)).start(0);
        api = new Api(server.port());
    }

    @AfterEach
    void stop() {
        server.stop();
        store.close();
    }

    @Test
    void deeplyNestedJsonIsA400NotA500() {
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        assertBad(api.post("/api/articles", deep, TOKEN), "body");
        String deepObject = "{\"text\":" + "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000) + "}";
        assertBad(api.post("/api/articles", deepObject, TOKEN), "body");
        assertBad(api.post("/api/articles", "{\"text\": \"unterminated", TOKEN), "body");
        assertBad(api.post("/api/articles", "\u0000\u0001garbage", TOKEN), "body");
        ReadEndpointsTest.assertNoStackTraces(api.errorBodies);
    }

    @Test
    void enumParametersAreValidated() {
        assertBad(api.get("/api/events?type=BOGUS"), "type");
        assertBad(api.get("/api/incidents?type=BOGUS"), "type");
        assertBad(api.get("/api/commitments?kind=BOGUS"), "kind");
        assertBad(api.get("/api/events?factuality=BOGUS"), "factuality");
        assertThat(api.get("/api/events?type=assault").status()).isEqualTo(200);
        assertThat(api.get("/api/incidents?type=violence").status()).isEqualTo(200);
    }

    @Test
    void sourcesAreShownWithoutTheServersFolders() {
        JsonNode list = api.get("/api/articles").json();
        assertThat(list.toString()).doesNotContain("/srv/faultline");
        assertThat(api.get("/api/articles/srv1").json().get("source").asText()).isEqualTo("report-17.txt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/%00", "/api/..%2F..%2Fetc%2Fpasswd", "/%2e%2e/%2e%2e/etc/passwd", "/api/a/../../../etc/passwd"})
    void badPathsGetJsonWithTheSecurityHeaders(String path) throws IOException {
        Raw r = raw("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(r.status()).as(r.text()).isBetween(400, 404);
        assertJsonError(r);
    }

    @Test
    void aUriTooLongIs414AsJson() throws IOException {
        Raw r = raw("GET /api/events?q=" + "a".repeat(100_000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(r.status()).isEqualTo(414);
        assertJsonError(r);
    }

    @Test
    void headersTooLargeAre431AsJson() throws IOException {
        Raw r = raw("GET /api/stats HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(100_000) + "\r\nConnection: close\r\n\r\n");
        assertThat(r.status()).isEqualTo(431);
        assertJsonError(r);
    }

    private static void assertJsonError(Raw r) throws IOException {
        assertThat(r.header("content-type")).startsWith("application/json");
        assertThat(r.header("x-content-type-options")).isEqualTo("nosniff");
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("status").asInt()).isEqualTo(r.status());
        assertThat(body.get("error").asText()).isNotBlank();
        assertThat(r.body()).doesNotContain("<html").doesNotContain("Exception").doesNotContain("\tat ");
    }

    record Raw(int status, String head, String body) {
        String text() { return head + "\r\n\r\n" + body; }

        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) return line.substring(colon + 1).trim();
            }
            return null;
        }
    }

    /** One request over a plain socket: the HTTP client would refuse to send some of these. */
    private Raw raw(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException e) {
                // the server may answer and close before the whole request is written
            }
            InputStream in = s.getInputStream();
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = all.indexOf("\r\n\r\n");
            String head = split < 0 ? all : all.substring(0, split);
            String body = split < 0 ? "" : all.substring(split + 4);
            if (head.contains("Transfer-Encoding: chunked") || head.toLowerCase().contains("transfer-encoding: chunked"))
                body = dechunk(body);
            int status = Integer.parseInt(head.split(" ")[1]);
            return new Raw(status, head, body);
        }
    }

    private static String dechunk(String body) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            int eol = body.indexOf("\r\n", i);
            if (eol < 0) break;
            int n = Integer.parseInt(body.substring(i, eol).trim().split(";")[0], 16);
            if (n == 0) break;
            b.append(body, eol + 2, eol + 2 + n);
            i = eol + 2 + n + 2;
        }
        return b.toString();
    }
}
