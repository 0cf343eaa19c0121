package org.faultline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.faultline.server.bench.SampleCorpus;
import org.faultline.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadEndpointsTest {
    static final int ARTICLES = 30;
    @TempDir static Path dir;
    Store store;
    FaultlineServer server;
    Api api;

    @BeforeAll
    void start() {
        store = Store.open(dir.resolve("api.db"));
        SampleCorpus.fill(store, ARTICLES);
        server = new FaultlineServer(store, null, ServerOptions.defaults()).start(0);
        api = new Api(server.port());
    }

    @AfterAll
    void stop() {
        assertNoStackTraces(api.errorBodies);
        server.stop();
        store.close();
    }

    static void assertNoStackTraces(List<String> bodies) {
        assertThat(bodies).isNotEmpty();
        for (String b : bodies) {
            assertThat(b).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("org.faultline.");
        }
    }

    @Test
    void articlesArePaged() {
        Api.Response first = api.get("/api/articles?limit=10");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("total").asInt()).isEqualTo(ARTICLES);
        assertThat(first.json().get("items")).hasSize(10);
        assertThat(first.json().get("items").get(0).get("id").asText()).isEqualTo("art00000");
        Api.Response last = api.get("/api/articles?limit=10&offset=25");
        assertThat(last.json().get("items")).hasSize(5);
        assertThat(last.json().get("items").get(0).get("id").asText()).isEqualTo("art00025");
        assertThat(last.json().get("items").get(0).get("events").asInt()).isEqualTo(4);
        assertThat(api.get("/api/articles").json().get("limit").asInt()).isEqualTo(50);
    }

    @Test
    void badPagingNamesTheParameter() {
        assertBad(api.get("/api/articles?limit=501"), "limit");
        assertBad(api.get("/api/articles?limit=0"), "limit");
        assertBad(api.get("/api/articles?limit=ten"), "limit");
        assertBad(api.get("/api/articles?offset=-1"), "offset");
        assertBad(api.get("/api/articles?limit=5&limit=6"), "limit");
        assertBad(api.get("/api/articles?page=2"), "page");
    }

    @Test
    void articleHasTextRemovedSpansAndSentenceOffsets() {
        Api.Response r = api.get("/api/articles/art00007");
        assertThat(r.status()).isEqualTo(200);
        JsonNode a = r.json();
        SampleCorpus.Item expected = SampleCorpus.item(7);
        assertThat(a.get("text").asText()).isEqualTo(expected.article().text());
        assertThat(a.get("title").asText()).isEqualTo(expected.article().title());
        assertThat(a.get("removed").get(0).get("reason").asText()).isEqualTo("share-widget");
        assertThat(a.get("event_count").asInt()).isEqualTo(4);
        String text = a.get("text").asText();
        JsonNode sentences = a.get("sentences");
        assertThat(sentences).hasSize(expected.doc().sentences().size());
        for (JsonNode s : sentences) {
            String slice = text.substring(s.get("begin").asInt(), s.get("end").asInt());
            assertThat(slice).isEqualTo(expected.doc().sentences().get(s.get("index").asInt()).text());
        }
    }

    @Test
    void unknownIdsAre404Json() {
        Api.Response r = api.get("/api/articles/nope123");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("error").asText()).contains("nope123");
        assertThat(api.get("/api/events/art00001-9-9").status()).isEqualTo(404);
        assertThat(api.get("/api/events/garbage").status()).isEqualTo(404);
        Api.Response none = api.get("/api/no-such-endpoint");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.json().get("error").asText()).contains("/api/no-such-endpoint");
    }

    @Test
    void searchRanksAndHighlights() {
        Api.Response r = api.get("/api/search?q=artillery&limit=5");
        assertThat(r.status()).isEqualTo(200);
        JsonNode items = r.json().get("items");
        assertThat(items).hasSize(5);
        for (JsonNode it : items) {
            String snippet = it.get("snippet").asText();
            assertThat(it.get("highlights")).isNotEmpty();
            for (JsonNode h : it.get("highlights"))
                assertThat(snippet.substring(h.get(0).asInt(), h.get(1).asInt())).isEqualToIgnoringCase("artillery");
            assertThat(snippet).doesNotContain("\uE000");
        }
        Api.Response phrase = api.get("/api/search?q=" + Api.enc("\"report 12\""));
        assertThat(phrase.json().get("items").get(0).get("article_id").asText()).isEqualTo("art00012");
        assertBad(api.get("/api/search"), "q");
        assertBad(api.get("/api/search?q=x&limit=1000"), "limit");
        assertBad(api.get("/api/search?q=" + Api.enc("\"\" ::")), "q");
    }

    @Test
    void statsCountTheStore() {
        JsonNode s = api.get("/api/stats").json();
        assertThat(s.get("articles").asInt()).isEqualTo(ARTICLES);
        assertThat(s.get("events").asInt()).isEqualTo(ARTICLES * 4);
        assertThat(s.get("events_by_type").get("ASSAULT").asInt()).isEqualTo(ARTICLES);
    }

    @Test
    void actorsAreCountedFromEvents() {
        Api.Response r = api.get("/api/actors?limit=500");
        assertThat(r.status()).isEqualTo(200);
        int total = 0;
        List<String> codes = new ArrayList<>();
        for (JsonNode it : r.json().get("items")) {
            assertThat(it.get("events").asInt()).isEqualTo(it.get("as_source").asInt() + it.get("as_target").asInt());
            total += it.get("events").asInt();
            codes.add(it.get("actor").get("code").asText());
            assertThat(it.get("actor").has("wikidata")).isTrue();
        }
        assertThat(total).isEqualTo(ARTICLES * 4 * 2); // every sample event has a source and a target
        assertThat(codes).contains("ARMMIL", "AZEGOV").doesNotHaveDuplicates();
        JsonNode onlyArm = api.get("/api/actors?country=ARM").json();
        for (JsonNode it : onlyArm.get("items")) assertThat(it.get("actor").get("country").asText()).isEqualTo("ARM");
        assertBad(api.get("/api/actors?country=A%20B"), "country");
    }

    @Test
    void dashboardPlaceholderIsServedWithCsp() {
        Api.Response r = api.get("/");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("Faultline");
        assertThat(r.header("Content-Security-Policy")).contains("script-src 'self'");
    }

    static void assertBad(Api.Response r, String parameter) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().get("parameter").asText()).isEqualTo(parameter);
        assertThat(r.json().get("reason").asText()).isNotBlank();
        assertThat(r.json().get("error").asText()).contains(parameter);
    }
}
