package org.faultline.server.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.faultline.ingest.Article;
import org.faultline.ingest.IngestOptions;
import org.faultline.server.FaultlineServer;
import org.faultline.server.ServerOptions;
import org.faultline.server.ingest.PlainTextIngest;
import org.faultline.server.ingest.RequestReader;
import org.faultline.store.Store;

/**
 * The server's POST body under generated hostile input (random bytes, deep nesting, wrong types,
 * oversized strings, script payloads): the answer is always one of 200/201/400/413/422 with a
 * JSON body, never a 500 or a stack trace; the article stored before is unchanged; a stored
 * article never holds a script payload in its text.
 */
@PropertyDefaults(tries = 25, shrinking = net.jqwik.api.ShrinkingMode.OFF)
class PostBodyPropertiesTest {
    private static final String TOKEN = "fuzz-token";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<Integer> EXPECTED = Set.of(200, 201, 400, 413, 422);
    private static Path dir;
    private static Store store;
    private static FaultlineServer server;
    private static Article sentinel;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeContainer
    static void start() throws IOException {
        dir = Files.createTempDirectory("faultline-post-fuzz");
        store = Store.open(dir.resolve("post.db"));
        server = new FaultlineServer(store, new PlainTextIngest(store, new RequestReader(IngestOptions.defaults())),
                ServerOptions.defaults().withToken(TOKEN)).start(0);
        JsonNode first = post(("{\"title\":\"Sentinel\",\"text\":\"" + HostileInputs.BODY + "\"}").getBytes()).json;
        sentinel = store.findArticle(first.get("id").asText()).orElseThrow();
    }

    @AfterContainer
    static void stop() {
        server.stop();
        store.close();
    }

    record Answer(int status, String body, JsonNode json) {}

    static Answer post(byte[] body) {
        try {
            HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/articles"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            try {
                json = JSON.readTree(r.body());
            } catch (IOException e) {
                // asserted below
            }
            return new Answer(r.statusCode(), r.body(), json);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("the server did not answer: " + e, e);
        }
    }

    private static void check(byte[] body) {
        Answer a = post(body);
        assertThat(EXPECTED).as("status of %s", a.body()).contains(a.status());
        assertThat(a.json()).as("a JSON answer: %s", a.body()).isNotNull();
        if (a.status() >= 400) assertThat(a.json().get("error").asText()).isNotBlank();
        assertThat(a.body()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(store.findArticle(sentinel.id())).contains(sentinel);
    }

    @Property
    void randomBytes(@ForAll("bytes") byte[] body) {
        check(body);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(5_000);
    }

    @Property
    void structuredButHostile(@ForAll("bodies") String body) {
        check(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<Integer> depth = Arbitraries.integers().between(10, 50_000);
        Arbitrary<String> marker = Arbitraries.strings().withCharRange('a', 'z').ofLength(10).map(s -> "pwn" + s);
        return Arbitraries.oneOf(
                depth.map(d -> "[".repeat(d) + "]".repeat(d)),
                depth.map(d -> "{\"a\":".repeat(d) + "1" + "}".repeat(d)),
                depth.map(d -> "{\"text\":" + "[".repeat(d)),
                Arbitraries.just("{\"text\":123}"),
                Arbitraries.just("{\"url\":\"file:///etc/passwd\"}"),
                Arbitraries.just("{\"url\":\"http://169.254.169.254/latest/meta-data/\"}"),
                Arbitraries.just("{\"url\":\"http://2130706433:1/\"}"),
                Arbitraries.just("{\"text\":\"x\",\"published\":\"2024-02-30\"}"),
                Arbitraries.just("{\"text\":\"" + "a".repeat(1_100_000) + "\"}"),
                Arbitraries.just("{\"text\":\"\\u0000\\u0001\\ud800\"}"),
                Arbitraries.just("{\"title\":\"" + "t".repeat(5000) + "\",\"text\":\"body\"}"),
                Arbitraries.just("{\"text\":\"ok\",\"evil\":true}"),
                Arbitraries.just("\ufeff{\"text\":\"" + HostileInputs.BODY + " BOM\"}"),
                Arbitraries.just("{\"text\":\"x\"} trailing"),
                Arbitraries.just("{\"text\":1e99999999}"),
                marker.map(m -> "{\"html\":" + JSON.valueToTree(HostileInputs.scriptPage(m)) + "}"));
    }

    @Property(tries = 10)
    void scriptPayloadsNeverReachStoredText(@ForAll("markers") String marker) {
        Answer a = post(("{\"html\":" + JSON.valueToTree(HostileInputs.scriptPage(marker)) + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(a.status()).isIn(200, 201);
        Article stored = store.findArticle(a.json().get("id").asText()).orElseThrow();
        assertThat(stored.text()).doesNotContain(marker).contains("border crossing");
    }

    @Provide
    Arbitrary<String> markers() {
        return Arbitraries.strings().withCharRange('a', 'z').ofLength(10).map(s -> "pwn" + s);
    }

}
