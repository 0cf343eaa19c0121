package org.faultline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.faultline.server.ReadEndpointsTest.assertBad;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.faultline.server.bench.SampleCorpus;
import org.faultline.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TensionEndpointsTest {
    static final int ARTICLES = 24;
    @TempDir static Path dir;
    Store store;
    FaultlineServer server;
    Api api;

    @BeforeAll
    void start() {
        store = Store.open(dir.resolve("tension.db"));
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
    void tensionSeriesHasDailyPointsAndExplainedAlerts() {
        String[] d = SampleCorpus.dyadOf(0);
        Api.Response r = api.get("/api/tension?dyad=" + d[0] + "-" + d[1]);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode s = r.json();
        assertThat(s.get("granularity").asText()).isEqualTo("daily");
        assertThat(s.get("directed").asBoolean()).isFalse();
        JsonNode points = s.get("points");
        assertThat(points.size()).isGreaterThan(1);
        LocalDate first = LocalDate.parse(points.get(0).get("period").asText());
        LocalDate last = LocalDate.parse(points.get(points.size() - 1).get("period").asText());
        assertThat(points.size()).isEqualTo((int) (last.toEpochDay() - first.toEpochDay()) + 1); // quiet days included
        int occurrences = 0;
        for (JsonNode p : points) {
            assertThat(p.get("raw").asDouble()).isGreaterThanOrEqualTo(0);
            occurrences += p.get("occurrences").asInt();
        }
        assertThat(occurrences).isPositive();
        JsonNode alerts = s.get("alerts");
        assertThat(alerts.size()).as("a first shelling is at the floor and alerts").isPositive();
        for (JsonNode a : alerts) {
            assertThat(a.get("value").asDouble()).isGreaterThanOrEqualTo(a.get("threshold").asDouble());
            assertThat(a.get("threshold").asDouble()).as("no alert under the floor the chart draws")
                    .isGreaterThanOrEqualTo(s.get("alert_floor").asDouble());
            assertThat(a.get("events").size()).isEqualTo(a.get("event_ids").size()).isPositive();
            assertThat(a.get("events").get(0).get("evidence").asText()).isNotBlank();
            assertThat(a.get("explanation").asText()).contains(a.get("period").asText());
        }
    }

    @Test
    void weeklyPeriodsStartOnMondayAndDirectedSeesLess() {
        String[] d = SampleCorpus.dyadOf(0);
        JsonNode weekly = api.get("/api/tension?dyad=" + d[0] + "-" + d[1] + "&granularity=weekly").json();
        for (JsonNode p : weekly.get("points"))
            assertThat(LocalDate.parse(p.get("period").asText()).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        int both = reports(api.get("/api/tension?dyad=" + d[0] + "-" + d[1]).json());
        int directed = reports(api.get("/api/tension?dyad=" + d[0] + "-" + d[1] + "&directed=true").json());
        assertThat(directed).isPositive().isLessThan(both);
        JsonNode none = api.get("/api/tension?dyad=FRA-QAT").json();
        assertThat(none.get("points")).isEmpty();
    }

    @Test
    void alertsAcrossDyadsNewestFirst() {
        JsonNode r = api.get("/api/alerts").json();
        List<String> scanned = new java.util.ArrayList<>();
        r.get("dyads").forEach(n -> scanned.add(n.asText()));
        for (int n = 0; n < SampleCorpus.dyads(); n++) {
            String[] d = SampleCorpus.dyadOf(n);
            assertThat(scanned).contains(d[0].compareTo(d[1]) < 0 ? d[0] + "-" + d[1] : d[1] + "-" + d[0]);
        }
        List<String> periods = r.get("items").findValuesAsText("period");
        assertThat(periods).isNotEmpty().isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(r.get("items").findValuesAsText("dyad")).hasSizeGreaterThan(1).doesNotContainNull();
        assertThat(api.get("/api/alerts?limit=1").json().get("items")).hasSize(1);
        String[] d = SampleCorpus.dyadOf(1);
        JsonNode one = api.get("/api/alerts?dyad=" + d[1] + "-" + d[0]).json();
        assertThat(one.get("dyads")).hasSize(1);
        for (JsonNode a : one.get("items")) assertThat(a.get("dyad").asText()).isEqualTo(d[1] + "-" + d[0]);
    }

    @Test
    void badParametersAreNamed() {
        assertBad(api.get("/api/tension"), "dyad");
        assertBad(api.get("/api/tension?dyad=ARM"), "dyad");
        assertBad(api.get("/api/tension?dyad=ARM-ARM"), "dyad");
        assertBad(api.get("/api/tension?dyad=ARMY-AZE"), "dyad");
        assertBad(api.get("/api/tension?dyad=ARM-AZE&granularity=hourly"), "granularity");
        assertBad(api.get("/api/tension?dyad=ARM-AZE&directed=maybe"), "directed");
        assertBad(api.get("/api/tension?dyad=ARM-AZE&from=2020-01-01"), "from");
        assertBad(api.get("/api/alerts?limit=0"), "limit");
        assertBad(api.get("/api/alerts?dyads=101"), "dyads");
        assertBad(api.get("/api/alerts?dyad=A-B"), "dyad");
    }

    @Test
    void withoutTheAnalysisTheEndpointsStayReserved() {
        try (FaultlineServer bare = new FaultlineServer(store, null, ServerOptions.defaults(), List.of()).start(0)) {
            Api.Response r = new Api(bare.port()).get("/api/tension?dyad=ARM-AZE");
            assertThat(r.status()).isEqualTo(501);
            assertThat(r.json().get("error").asText()).contains("/api/tension");
        }
    }

    private static int reports(JsonNode series) {
        int n = 0;
        for (JsonNode p : series.get("points")) n += p.get("reports").asInt();
        return n;
    }
}
