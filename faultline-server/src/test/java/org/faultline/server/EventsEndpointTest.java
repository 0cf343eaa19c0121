package org.faultline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.faultline.server.ReadEndpointsTest.assertBad;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.faultline.events.Event;
import org.faultline.events.Factuality;
import org.faultline.server.bench.SampleCorpus;
import org.faultline.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventsEndpointTest {
    static final int ARTICLES = 40;
    @TempDir static Path dir;
    Store store;
    FaultlineServer server;
    Api api;
    final List<Event> all = new ArrayList<>();

    @BeforeAll
    void start() {
        store = Store.open(dir.resolve("events.db"));
        SampleCorpus.fill(store, ARTICLES);
        for (int n = 0; n < ARTICLES; n++) all.addAll(SampleCorpus.item(n).events());
        server = new FaultlineServer(store, null, ServerOptions.defaults()).start(0);
        api = new Api(server.port());
    }

    @AfterAll
    void stop() {
        ReadEndpointsTest.assertNoStackTraces(api.errorBodies);
        server.stop();
        store.close();
    }

    long expected(Predicate<Event> p) {
        return all.stream().filter(p).count();
    }

    static String country(JsonNode actor) {
        return actor.isNull() ? null : actor.get("country").asText();
    }

    @Test
    void directedDyadFilter() {
        JsonNode r = api.get("/api/events?dyad=ARM-AZE&limit=500").json();
        long want = expected(e -> e.source() != null && "ARM".equals(e.source().country())
                && e.target() != null && "AZE".equals(e.target().country()));
        assertThat(want).isPositive();
        assertThat(r.get("total").asLong()).isEqualTo(want);
        assertThat(r.get("items")).hasSize((int) want);
        for (JsonNode e : r.get("items")) {
            assertThat(country(e.get("source"))).isEqualTo("ARM");
            assertThat(country(e.get("target"))).isEqualTo("AZE");
            assertThat(e.get("article_id").asText()).startsWith("art");
        }
    }

    @Test
    void undirectedDyadFindsBothDirections() {
        JsonNode r = api.get("/api/events?dyad=aze-arm&directed=false&limit=500").json();
        Set<String> directions = new HashSet<>();
        for (JsonNode e : r.get("items")) directions.add(country(e.get("source")) + ">" + country(e.get("target")));
        assertThat(directions).containsExactlyInAnyOrder("ARM>AZE", "AZE>ARM");
        long want = expected(e -> e.source() != null && e.target() != null
                && Set.of("ARM", "AZE").equals(Set.of(e.source().country(), e.target().country())));
        assertThat(r.get("total").asLong()).isEqualTo(want);
    }

    @Test
    void typeFactualityAndDatesCombine() {
        String q = "/api/events?type=assault&factuality=REPORTED&from=2023-03-01&to=2023-06-30&limit=500";
        JsonNode r = api.get(q).json();
        LocalDate from = LocalDate.of(2023, 3, 1), to = LocalDate.of(2023, 6, 30);
        long want = expected(e -> e.type().equals("ASSAULT") && e.factuality() == Factuality.REPORTED
                && !LocalDate.parse(e.date()).isBefore(from) && !LocalDate.parse(e.date()).isAfter(to));
        assertThat(want).isPositive();
        assertThat(r.get("total").asLong()).isEqualTo(want);
        for (JsonNode e : r.get("items")) {
            assertThat(e.get("type").asText()).isEqualTo("ASSAULT");
            assertThat(e.get("factuality").asText()).isEqualTo("reported");
        }
    }

    @Test
    void textAndActorFiltersWithPaging() {
        JsonNode r = api.get("/api/events?text=" + Api.enc("ONLY RETURNED") + "&limit=7&offset=3").json();
        // words through the full-text index: case and word endings ignored
        java.util.function.Predicate<String> both = t -> t.toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\bonly\\b.*")
                && t.toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\breturn(s|ed|ing)?\\b.*");
        assertThat(r.get("total").asLong()).isEqualTo(expected(e -> both.test(e.evidence()))).isPositive();
        assertThat(r.get("items")).hasSize(7);
        for (JsonNode e : r.get("items")) assertThat(both.test(e.get("evidence").asText())).isTrue();
        JsonNode byCode = api.get("/api/events?actor=ARMMIL&limit=500").json();
        assertThat(byCode.get("total").asLong()).isEqualTo(expected(e -> "ARMMIL".equals(e.source().code())
                || "ARMMIL".equals(e.target().code())));
        JsonNode byName = api.get("/api/events?actor=" + Api.enc("pakistan") + "&type=ACCUSE").json();
        assertThat(byName.get("total").asLong()).isEqualTo(expected(e -> e.type().equals("ACCUSE")
                && (e.source().name().equals("Pakistan") || e.target().name().equals("Pakistan"))));
    }

    @Test
    void articleFilterAndOneEvent() {
        JsonNode r = api.get("/api/events?article=art00003").json();
        assertThat(r.get("total").asInt()).isEqualTo(4);
        String id = r.get("items").get(0).get("id").asText();
        Api.Response one = api.get("/api/events/" + id);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("id").asText()).isEqualTo(id);
        assertThat(one.json().get("evidence").asText()).isNotBlank();
        // the export contract's fields
        for (String f : List.of("id", "article_id", "sentence_index", "evidence", "trigger", "type", "mode", "context",
                "cameo", "goldstein", "quad", "source", "target", "date", "date_precision", "location", "factuality",
                "claimed_by", "confidence", "incident_id", "path"))
            assertThat(one.json().has(f)).as(f).isTrue();
    }

    @Test
    void pagesAreDisjointAndOrderedByDate() {
        JsonNode p1 = api.get("/api/events?limit=20").json(), p2 = api.get("/api/events?limit=20&offset=20").json();
        assertThat(p1.get("total").asInt()).isEqualTo(all.size());
        Set<String> ids = new HashSet<>();
        String last = "";
        for (JsonNode page : List.of(p1, p2))
            for (JsonNode e : page.get("items")) {
                assertThat(ids.add(e.get("id").asText())).isTrue();
                String d = e.get("date").asText();
                assertThat(d.compareTo(last.length() > d.length() ? last.substring(0, d.length()) : last)).isGreaterThanOrEqualTo(0);
                last = d;
            }
        assertThat(ids).hasSize(40);
        assertThat(api.get("/api/events?offset=100000").json().get("items")).isEmpty();
    }

    @Test
    void scansPastTheLimitAskToNarrowTheQuery() {
        try (FaultlineServer small = new FaultlineServer(store, null, ServerOptions.defaults().withMaxScan(50)).start(0)) {
            Api tight = new Api(small.port());
            Api.Response r = tight.get("/api/events?actor=ARMMIL");
            assertBad(r, "actor");
            assertThat(r.json().get("reason").asText()).contains("160").contains("narrow");
            // the text filter goes through the full-text index: no scan, no limit
            assertThat(tight.get("/api/events?text=fire").json().get("total").asInt())
                    .isEqualTo((int) expected(e -> e.evidence().toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\bfir(e|es|ed|ing)\\b.*")));
            // narrowed to one article the actor filter scans 4 events and is answered
            assertThat(tight.get("/api/events?actor=ARMMIL&article=art00002").json().get("total").asInt())
                    .isEqualTo((int) expected(e -> e.articleId().equals("art00002")
                            && ("ARMMIL".equals(e.source().code()) || "ARMMIL".equals(e.target().code()))));
            ReadEndpointsTest.assertNoStackTraces(tight.errorBodies);
        }
    }

    @Test
    void badFiltersNameTheParameter() {
        assertBad(api.get("/api/events?dyad=ARMAZE"), "dyad");
        assertBad(api.get("/api/events?dyad=ARM-AZE-TUR"), "dyad");
        assertBad(api.get("/api/events?dyad=ARM-AZE&source=ARM"), "dyad");
        assertBad(api.get("/api/events?directed=false"), "directed");
        assertBad(api.get("/api/events?dyad=ARM-AZE&directed=maybe"), "directed");
        assertBad(api.get("/api/events?factuality=rumoured"), "factuality");
        assertBad(api.get("/api/events?from=2023-13-01"), "from");
        assertBad(api.get("/api/events?from=2023-05-01&to=2023-04-01"), "to");
        assertBad(api.get("/api/events?type=" + Api.enc("ASSAULT;DROP")), "type");
        assertBad(api.get("/api/events?text=" + "x".repeat(201)), "text");
        assertBad(api.get("/api/events?limit=100000"), "limit");
        assertBad(api.get("/api/events?dyads=ARM-AZE"), "dyads");
        Api.Response r = api.get("/api/events?factuality=rumoured");
        assertThat(r.json().get("reason").asText()).contains("reported");
    }
}
