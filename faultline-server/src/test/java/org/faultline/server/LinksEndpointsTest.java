package org.faultline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.faultline.server.ReadEndpointsTest.assertBad;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.faultline.server.bench.SampleCorpus;
import org.faultline.server.bench.SampleLinks;
import org.faultline.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinksEndpointsTest {
    static final int ARTICLES = 24;
    @TempDir static Path dir;
    Store store;
    FaultlineServer server;
    Api api;
    final SampleLinks links = SampleLinks.of(ARTICLES);

    @BeforeAll
    void start() {
        store = Store.open(dir.resolve("links.db"));
        SampleCorpus.fill(store, ARTICLES);
        server = new FaultlineServer(store, null, ServerOptions.defaults()).start(0);
        api = new Api(server.port());
    }

    @AfterAll
    void stop() {
        ReadEndpointsTest.assertNoStackTraces(api.errorBodies);
        server.stop();
        store.close();
    }

    @Test
    void claimsFilterByStanceSpeakerAndContested() {
        JsonNode all = api.get("/api/claims?limit=500").json();
        assertThat(all.get("total").asInt()).isEqualTo(ARTICLES * 2);
        JsonNode denials = api.get("/api/claims?stance=deny&limit=500").json();
        assertThat(denials.get("total").asInt()).isEqualTo(ARTICLES);
        for (JsonNode c : denials.get("items")) {
            assertThat(c.get("stance").asText()).isEqualTo("deny");
            assertThat(c.get("speaker").get("country").isTextual()).isTrue();
            assertThat(c.get("event_ids")).hasSize(1);
        }
        JsonNode arm = api.get("/api/claims?speaker=arm&limit=500").json();
        assertThat(arm.get("total").asInt()).isPositive();
        for (JsonNode c : arm.get("items")) assertThat(c.get("speaker").get("country").asText()).isEqualTo("ARM");
        assertThat(api.get("/api/claims?contested=true").json().get("total").asInt()).isEqualTo(ARTICLES * 2);
        JsonNode one = api.get("/api/claims/art00004-c2").json();
        assertThat(one.get("cue").asText()).isEqualTo("accused");
        assertThat(api.get("/api/claims/none").status()).isEqualTo(404);
        assertBad(api.get("/api/claims?stance=shout"), "stance");
        assertBad(api.get("/api/claims?contested=perhaps"), "contested");
    }

    @Test
    void contradictionsCarryBothSidesWithEvidence() {
        JsonNode r = api.get("/api/contradictions?kind=accusation-denial&limit=5").json();
        assertThat(r.get("total").asInt()).isEqualTo(links.contradictions().size());
        JsonNode first = r.get("items").get(0);
        assertThat(first.get("kind").asText()).isEqualTo("accusation-denial");
        for (String side : new String[] {"a", "b"}) {
            JsonNode s = first.get(side);
            assertThat(s.get("id").asText()).isEqualTo(first.get("claim_" + side).asText());
            assertThat(s.get("evidence").asText()).isNotBlank();
            assertThat(s.get("article").get("title").asText()).isNotBlank();
            assertThat(s.get("speaker").get("name").asText()).isNotBlank();
        }
        assertThat(first.get("a").get("speaker").get("country").asText())
                .isNotEqualTo(first.get("b").get("speaker").get("country").asText());
        JsonNode byArticle = api.get("/api/contradictions?article=art00003").json();
        assertThat(byArticle.get("total").asInt()).isEqualTo(1);
        assertThat(api.get("/api/contradictions?kind=figures").json().get("total").asInt()).isZero();
        assertBad(api.get("/api/contradictions?kind=lies"), "kind");
    }

    @Test
    void contradictionsComeBestFirstAndAThresholdHidesWeakOnes() {
        JsonNode all = api.get("/api/contradictions?limit=500").json();
        double previous = 1;
        for (JsonNode c : all.get("items")) {
            assertThat(c.get("score").asDouble()).isLessThanOrEqualTo(previous);
            previous = c.get("score").asDouble();
        }
        long strong = links.contradictions().stream().filter(c -> c.score() >= 0.8).count();
        JsonNode filtered = api.get("/api/contradictions?min_score=0.8&limit=500").json();
        assertThat(filtered.get("total").asLong()).isEqualTo(strong).isPositive().isLessThan(links.contradictions().size());
        for (JsonNode c : filtered.get("items")) assertThat(c.get("score").asDouble()).isGreaterThanOrEqualTo(0.8);
        assertBad(api.get("/api/contradictions?min_score=2"), "min_score");
        assertBad(api.get("/api/contradictions?min_score=high"), "min_score");
    }

    @Test
    void incidentsFilterAndLookup() {
        JsonNode all = api.get("/api/incidents?limit=500").json();
        assertThat(all.get("total").asInt()).isEqualTo(links.incidents().size());
        JsonNode multi = api.get("/api/incidents?min_sources=2&limit=500").json();
        long expected = links.incidents().stream().filter(i -> i.sources() >= 2).count();
        assertThat(multi.get("total").asLong()).isEqualTo(expected).isPositive();
        for (JsonNode i : multi.get("items")) assertThat(i.get("report_count").asInt()).isEqualTo(2);
        String[] d = SampleCorpus.dyadOf(0);
        JsonNode dyad = api.get("/api/incidents?dyad=" + d[0] + "-" + d[1]).json();
        for (JsonNode i : dyad.get("items")) assertThat(i.get("source_country").asText()).isEqualTo(d[0]);
        String id = all.get("items").get(0).get("id").asText();
        assertThat(api.get("/api/incidents/" + id).json().get("event_ids")).isNotEmpty();
        // the events carry their incident id
        String eventId = api.get("/api/incidents/" + id).json().get("event_ids").get(0).asText();
        assertThat(api.get("/api/events/" + eventId).json().get("incident_id").asText()).isEqualTo(id);
        JsonNode reports = api.get("/api/events?incident=" + id).json();
        assertThat(reports.get("total").asInt()).isEqualTo(api.get("/api/incidents/" + id).json().get("report_count").asInt());
        for (JsonNode e : reports.get("items")) assertThat(e.get("incident_id").asText()).isEqualTo(id);
        assertThat(api.get("/api/events?incident=inc-none").status()).isEqualTo(404);
        assertBad(api.get("/api/events?incident=" + id + "&type=ASSAULT"), "incident");
        assertThat(api.get("/api/incidents/inc-none").status()).isEqualTo(404);
        assertBad(api.get("/api/incidents?min_sources=-1"), "min_sources");
        assertBad(api.get("/api/incidents?dyad=ARM"), "dyad");
    }

    @Test
    void commitmentsLedgerWithHistory() {
        JsonNode all = api.get("/api/commitments?limit=500").json();
        assertThat(all.get("total").asInt()).isEqualTo(links.commitments().size());
        JsonNode agreed = api.get("/api/commitments?status=agreed&limit=500").json();
        assertThat(agreed.get("total").asInt()).isPositive();
        for (JsonNode c : agreed.get("items")) {
            assertThat(c.get("status").asText()).isEqualTo("agreed");
            assertThat(c.get("history")).hasSize(2);
            assertThat(c.get("history").get(0).get("status").asText()).isEqualTo("proposed");
            assertThat(c.get("history").get(1).get("evidence").asText()).isNotBlank();
        }
        assertBad(api.get("/api/commitments?status=forgotten"), "status");
        assertThat(api.get("/api/commitments?status=backed-out").status()).isEqualTo(200);
    }

    @Test
    void dyadsListTheActivePairs() {
        JsonNode r = api.get("/api/dyads?limit=3").json();
        assertThat(r.get("items")).hasSize(3);
        JsonNode top = r.get("items").get(0);
        assertThat(top.get("dyad").asText()).isEqualTo(top.get("source_country").asText() + "-" + top.get("target_country").asText());
        assertThat(top.get("events").asInt()).isGreaterThanOrEqualTo(top.get("occurrences").asInt());
    }
}
