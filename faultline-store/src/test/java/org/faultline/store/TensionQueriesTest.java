package org.faultline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.faultline.events.Event;
import org.faultline.events.Factuality;
import org.faultline.ingest.Article;
import org.faultline.nlp.DatePrecision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Per-day aggregates count each incident once; dyads rank country pairs by activity. */
class TensionQueriesTest extends BackendTest {
    private Store store;

    /** An event of the fixtures with the fields the aggregates look at replaced. */
    private static Event ev(String article, int ord, String src, String tgt, String date, double goldstein, int quad) {
        Event e = Fixtures.event(article, ord, "ASSAULT", src, tgt, date, Factuality.ASSERTED);
        return new Event(e.id(), e.articleId(), e.sentenceIndex(), e.evidence(), e.trigger(), e.type(), e.mode(),
                e.context(), e.cameo(), goldstein, quad, e.source(), e.target(), date, DatePrecision.ofIsoValue(date),
                e.location(), e.factuality(), e.claimedBy(), e.confidence(), null);
    }

    @BeforeEach
    void fill() {
        store = open("t.db");
        List<Event> one = List.of(
                ev("p", 1, "NVL", "EMR", "2024-03-10", -10, 4),   // incident X, first report
                ev("p", 2, "NVL", "EMR", "2024-03-11", -2, 3),    // incident X again, a day later
                ev("p", 3, "NVL", "EMR", "2024-03-10", 3, 1),     // on its own
                ev("p", 4, "NVL", "EMR", "2024-03-11", -5, 4),    // incident Y as told one way
                ev("p", 6, "NVL", "EMR", "2024-03", -6, 4),       // month only: not in daily aggregates
                ev("p", 7, "NVL", "EMR", null, -6, 4));           // undated
        List<Event> two = List.of(
                ev("q", 5, "EMR", "NVL", "2024-03-11", -9, 4),    // incident Y told the other way
                ev("q", 8, "NVL", "XYZ", "2024-03-10", -4, 4),    // another dyad
                ev("q", 9, "NVL", "EMR", "2024-03-12", 8, 2),     // incident Z: +8 and -8 tie, the hostile one wins
                ev("q", 10, "NVL", "EMR", "2024-03-12", -8, 4),
                ev("q", 11, "EMR", "NVL", "2024-03-13", -1, 3));
        save("p", one);
        save("q", two);
        store.replaceLinks(List.of(
                LinkFixtures.incident("X", "NVL", "EMR", "ASSAULT", "2024-03-10", "2024-03-11", 1, "p-e1", "p-e2"),
                LinkFixtures.incident("Y", "NVL", "EMR", "ASSAULT", "2024-03-11", null, 2, "p-e4", "q-e5"),
                LinkFixtures.incident("Z", "NVL", "EMR", "ASSAULT", "2024-03-12", null, 1, "q-e9", "q-e10")),
                null, List.of(), List.of());
    }

    @AfterEach
    void close() {
        if (store != null) store.close(); // null when the backend was skipped
    }

    private void save(String id, List<Event> events) {
        Article a = Fixtures.article(id, "T", "Text of " + id + ".");
        store.save(a, null, events);
    }

    @Test
    void oneDirectionCountsEachIncidentOnceOnItsFirstDayWithItsMostExtremeReport() {
        List<DailyAggregate> days = store.dailyAggregates("nvl", "emr", false);
        assertThat(days).containsExactly(
                new DailyAggregate(LocalDate.of(2024, 3, 10), 2, -7, 1, 0, 0, 1, 3),
                new DailyAggregate(LocalDate.of(2024, 3, 11), 1, -5, 0, 0, 0, 1, 1),
                new DailyAggregate(LocalDate.of(2024, 3, 12), 1, -8, 0, 0, 0, 1, 2));
        assertThat(days.get(0).quad(4)).isEqualTo(1);
    }

    @Test
    void bothDirectionsMergeTheTwoAccountsOfAnIncident() {
        List<DailyAggregate> days = store.dailyAggregates("EMR", "NVL", true);
        assertThat(days).containsExactly(
                new DailyAggregate(LocalDate.of(2024, 3, 10), 2, -7, 1, 0, 0, 1, 3),
                new DailyAggregate(LocalDate.of(2024, 3, 11), 1, -9, 0, 0, 0, 1, 2),
                new DailyAggregate(LocalDate.of(2024, 3, 12), 1, -8, 0, 0, 0, 1, 2),
                new DailyAggregate(LocalDate.of(2024, 3, 13), 1, -1, 0, 0, 1, 0, 1));
        assertThat(store.dailyAggregates("EMR", "NVL", false)).extracting(DailyAggregate::date)
                .containsExactly(LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 13));
    }

    @Test
    void withoutIncidentsEveryReportCounts() {
        store.replaceLinks(List.of(), null, List.of(), List.of());
        List<DailyAggregate> days = store.dailyAggregates("NVL", "EMR", false);
        assertThat(days).extracting(DailyAggregate::events).containsExactly(2, 2, 2);
        assertThat(days.get(0).goldsteinSum()).isEqualTo(-7);
        assertThat(days.get(1).goldsteinSum()).isEqualTo(-7);
        assertThat(days.get(2).goldsteinSum()).isEqualTo(0);
        assertThat(store.dailyAggregates("NVL", "ABC", true)).isEmpty();
        assertThatThrownBy(() -> store.dailyAggregates(" ", "EMR", false)).hasMessageContaining("source");
    }

    @Test
    void dyadsRankDirectedPairsByMentionsAndCountOccurrences() {
        assertThat(store.dyads(10)).containsExactly(
                new Dyad("NVL", "EMR", 8, 6),
                new Dyad("EMR", "NVL", 2, 2),
                new Dyad("NVL", "XYZ", 1, 1));
        assertThat(store.dyads(1)).hasSize(1);
        assertThatThrownBy(() -> store.dyads(0)).hasMessageContaining("0");
    }

    @Test
    void aggregatesOfAThousandDaysComeFromOneQueryQuickly() {
        List<Event> many = new ArrayList<>();
        LocalDate d0 = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < 3000; i++) many.add(ev("big", i, "AAA", "BBB", d0.plusDays(i % 1000).toString(), -(i % 10), 1 + i % 4));
        save("big", many);
        long t0 = System.nanoTime();
        List<DailyAggregate> days = store.dailyAggregates("AAA", "BBB", true);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(days).hasSize(1000);
        assertThat(days.stream().mapToInt(DailyAggregate::events).sum()).isEqualTo(3000);
        assertThat(ms).as("ms for 3000 events").isLessThan(2_000);
    }
}
