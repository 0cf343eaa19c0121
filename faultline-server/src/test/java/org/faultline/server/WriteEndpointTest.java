package org.faultline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.faultline.server.ReadEndpointsTest.assertBad;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.faultline.ingest.IngestOptions;
import org.faultline.server.ingest.PlainTextIngest;
import org.faultline.server.ingest.RequestReader;
import org.faultline.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteEndpointTest {
    static final String TOKEN = "s3cret-token-for-tests";
    static final String TEXT = "Border guards of two neighbouring states exchanged fire across a mountain pass on Tuesday.\n\n"
            + "Both governments blamed the other side and said their own units had acted in self-defence.\n\n"
            + "Observers from a regional organisation asked for an inquiry into the clash within a week.";
    @TempDir Path dir;
    final List<String> errorBodies = new ArrayList<>();
    Store store;
    FaultlineServer server;

    Api start(ServerOptions options) {
        store = Store.open(dir.resolve("write.db"));
        server = new FaultlineServer(store, new PlainTextIngest(store, new RequestReader(IngestOptions.defaults())), options).start(0);
        return new Api(server.port());
    }

    @AfterEach
    void stop() {
        server.stop();
        store.close();
    }

    static String article(String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Clash at the mountain pass");
        body.put("text", text);
        body.put("published", "2024-04-02");
        body.put("source", "test-desk");
        return Api.json(body);
    }

    @Test
    void withoutConfiguredTokenWritesAreOff() {
        Api api = start(ServerOptions.defaults());
        Api.Response r = api.post("/api/articles", article(TEXT), "anything");
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("error").asText()).contains("--token").contains("FAULTLINE_TOKEN");
        assertThat(store.ids()).isEmpty();
        ReadEndpointsTest.assertNoStackTraces(api.errorBodies);
    }

    @Test
    void tokenIsChecked() {
        Api api = start(ServerOptions.defaults().withToken(TOKEN));
        Api.Response none = api.post("/api/articles", article(TEXT), null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(api.post("/api/articles", article(TEXT), TOKEN + "x").status()).isEqualTo(401);
        assertThat(api.post("/api/articles", article(TEXT), TOKEN.substring(1)).status()).isEqualTo(401);
        assertThat(store.ids()).isEmpty();

        Api.Response ok = api.post("/api/articles", article(TEXT), TOKEN);
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        String id = ok.json().get("id").asText();
        assertThat(ok.header("Location")).isEqualTo("/api/articles/" + id);
        assertThat(ok.json().get("created").asBoolean()).isTrue();
        Api.Response stored = api.get("/api/articles/" + id);
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.json().get("title").asText()).isEqualTo("Clash at the mountain pass");
        assertThat(stored.json().get("published").asText()).isEqualTo("2024-04-02");
        assertThat(stored.json().get("text").asText()).contains("mountain pass").contains("inquiry");
        assertThat(stored.json().get("source").asText()).isEqualTo("test-desk");

        Api.Response again = api.post("/api/articles", article(TEXT), TOKEN);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("created").asBoolean()).isFalse();
        assertThat(store.ids()).containsExactly(id);
        ReadEndpointsTest.assertNoStackTraces(api.errorBodies);
    }

    @Test
    void bodyOverTheLimitIs413() {
        Api api = start(ServerOptions.defaults().withToken(TOKEN).withMaxBodyBytes(4096));
        Api.Response r = api.post("/api/articles", article(TEXT + " More words.".repeat(600)), TOKEN);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().get("error").asText()).contains("4096");
        assertThat(api.post("/api/articles", article(TEXT), TOKEN).status()).isEqualTo(201);
        ReadEndpointsTest.assertNoStackTraces(api.errorBodies);
    }

    @Test
    void badBodiesNameTheField() {
        Api api = start(ServerOptions.defaults().withToken(TOKEN));
        assertBad(api.post("/api/articles", "{not json", TOKEN), "body");
        assertBad(api.post("/api/articles", "[1,2]", TOKEN), "body");
        assertBad(api.post("/api/articles", "{\"title\":\"only a title\"}", TOKEN), "body");
        assertBad(api.post("/api/articles", "{\"text\":\"some text\",\"url\":\"https://example.org/a\"}", TOKEN), "body");
        assertBad(api.post("/api/articles", "{\"url\":\"ftp://example.org/a\"}", TOKEN), "url");
        assertBad(api.post("/api/articles", "{\"text\":\"t\",\"published\":\"yesterday\"}", TOKEN), "published");
        assertBad(api.post("/api/articles", "{\"text\":42}", TOKEN), "text");
        assertBad(api.post("/api/articles", "{\"text\":\"t\",\"author\":\"me\"}", TOKEN), "author");
        Api.Response empty = api.post("/api/articles", "{\"html\":\"<html><body><nav>Home</nav></body></html>\"}", TOKEN);
        assertThat(empty.status()).isEqualTo(422);
        assertThat(store.ids()).isEmpty();
        ReadEndpointsTest.assertNoStackTraces(api.errorBodies);
    }

    @Test
    void unexpectedFailureIsGeneric500() {
        store = Store.open(dir.resolve("fail.db"));
        server = new FaultlineServer(store, request -> {
            throw new IllegalStateException("secret internal detail");
        }, ServerOptions.defaults().withToken(TOKEN)).start(0);
        Api api = new Api(server.port());
        Api.Response r = api.post("/api/articles", article(TEXT), TOKEN);
        assertThat(r.status()).isEqualTo(500);
        assertThat(r.json().get("error").asText()).contains("internal error");
        assertThat(r.json().get("reference").asText()).hasSize(8);
        assertThat(r.body()).doesNotContain("secret internal detail");
        ReadEndpointsTest.assertNoStackTraces(api.errorBodies);
    }
}
