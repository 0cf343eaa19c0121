package org.faultline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.faultline.events.Event;
import org.faultline.events.Factuality;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The listings {@code faultline bench --api} measures are read through indexes, so a later change
 * cannot silently bring back a scan or a sort of every matching event: each statement's SQLite
 * plan (EXPLAIN QUERY PLAN) is checked on a store large enough, and analysed, for the planner to
 * choose as it does on a real one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventQueryPlanTest {
    private static final String[] SIDES = {"NVL", "EMR", "RVT", "HCF"};
    private static final String[] TYPES = {"ASSAULT", "ACCUSE", "REJECT", "CONSULT"};
    /** More events carry the common word than the text filter fetches by rowid: it must walk an index. */
    private static final int ARTICLES = (int) (Reads.FETCH_MATCHES_UP_TO / 2 + 200);
    private Store store;

    @BeforeAll
    void fill(@TempDir Path dir) {
        Path db = dir.resolve("plans.db");
        try (Store s = Store.open(db)) {
            List<ArticleBundle> batch = new ArrayList<>();
            for (int n = 0; n < ARTICLES; n++) {
                String id = "p" + n;
                List<Event> events = new ArrayList<>();
                for (int k = 0; k < 4; k++) {
                    String date = k == 3 && n % 10 == 0 ? null : LocalDate.of(2023, 1, 1).plusDays((n * 7L + k) % 700).toString();
                    Event e = Fixtures.event(id, k, TYPES[(n + k) % TYPES.length], SIDES[n % 4], SIDES[(n + 1 + k % 2) % 4], date,
                            Factuality.ASSERTED);
                    // every other event says "shelling"; one in a hundred articles names "Quarrytown"
                    String evidence = (k % 2 == 0 ? "Reports of shelling near the border" : "Talks were held")
                            + (n % 100 == 0 && k == 0 ? " at Quarrytown." : ".");
                    events.add(new Event(e.id(), e.articleId(), e.sentenceIndex(), evidence, e.trigger(), e.type(), e.mode(),
                            e.context(), e.cameo(), e.goldstein(), e.quad(), e.source(), e.target(), date,
                            org.faultline.nlp.DatePrecision.ofIsoValue(date), e.location(), e.factuality(), e.claimedBy(),
                            e.confidence(), e.incidentId()));
                }
                batch.add(new ArticleBundle(Fixtures.article(id, "Title " + n, Fixtures.filler(n)), null, events, List.of()));
            }
            s.saveAll(batch);
        } // closing runs PRAGMA optimize: the planner gets its statistics, as on any store that was used
        store = Store.open(db);
    }

    @AfterAll
    void close() {
        if (store != null) store.close();
    }

    private static List<String> all(Map<String, List<String>> plans) {
        return plans.values().stream().flatMap(List::stream).toList();
    }

    /** No statement reads the whole table or sorts what it matched. */
    private static void indexedAndInOrder(Map<String, List<String>> plans) {
        plans.forEach((statement, plan) -> {
            assertThat(plan).as(statement + " " + plan).noneMatch(l -> l.matches("SCAN events\\b.*"));
            assertThat(plan).as(statement + " " + plan).noneMatch(l -> l.contains("TEMP B-TREE"));
        });
    }

    @Test
    void dyadTypeAndDatesPageAndCountReadOneIndexRange() {
        EventQuery q = EventQuery.all().dyad("NVL", "EMR").type("ASSAULT")
                .between(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 6, 1)).page(50, 0);
        Map<String, List<String>> plans = store.explainEvents(q);
        indexedAndInOrder(plans);
        assertThat(plans.get("page")).anyMatch(l -> l.contains("INDEX events_dyad_type_order"));
        // the count never reads a table row: the date range is tested in the index
        assertThat(plans.get("count")).anyMatch(l -> l.contains("COVERING INDEX events_dyad_type_order"));
        assertThat(store.events(q)).isNotEmpty().allMatch(e -> e.type().equals("ASSAULT") && e.source().country().equals("NVL"));
    }

    @Test
    void dyadPagesAtAnOffsetReadDatedThenUndatedInIndexOrder() {
        EventQuery q = EventQuery.all().dyad("NVL", "EMR").page(50, 120);
        Map<String, List<String>> plans = store.explainEvents(q);
        indexedAndInOrder(plans);
        assertThat(all(plans)).filteredOn(l -> l.startsWith("SEARCH events")).allMatch(l -> l.contains("events_dyad_order"));
    }

    @Test
    void undatedEventsComeLastAcrossThePageBoundary() {
        EventQuery dyad = EventQuery.all().dyad("NVL", "RVT");
        List<Event> all = store.events(dyad);
        long dated = all.stream().filter(e -> e.date() != null).count();
        assertThat(dated).isPositive().isLessThan(all.size());
        assertThat(all.subList(0, (int) dated)).allMatch(e -> e.date() != null);
        assertThat(all.subList((int) dated, all.size())).allMatch(e -> e.date() == null);
        // pages straddling and past the boundary give the same events as the whole list
        List<Event> paged = new ArrayList<>();
        for (int offset = 0; offset < all.size(); offset += 37) paged.addAll(store.events(dyad.page(37, offset)));
        assertThat(paged).extracting(Event::id).containsExactlyElementsOf(all.stream().map(Event::id).toList());
        assertThat(store.events(dyad.page(10, (int) dated + 3))).extracting(Event::id)
                .containsExactlyElementsOf(all.stream().skip(dated + 3).limit(10).map(Event::id).toList());
    }

    @Test
    void aCommonWordWalksTheOrderingIndexInsteadOfSortingEveryMatch() {
        for (EventQuery q : List.of(EventQuery.all().text("shelling").page(50, 0),
                EventQuery.all().text("shelling").type("ACCUSE").page(50, 0),
                EventQuery.all().text("shelling").dyad("NVL", "EMR").page(50, 0))) {
            Map<String, List<String>> plans = store.explainEvents(q);
            plans.forEach((statement, plan) -> {
                if (statement.startsWith("page")) {
                    assertThat(plan).as(q + " " + statement + " " + plan).noneMatch(l -> l.contains("TEMP B-TREE"));
                    assertThat(plan).as(q + " " + statement + " " + plan).anyMatch(l -> l.matches("SEARCH events USING .*INDEX events_\\w*order.*"));
                }
                assertThat(plan).as(q + " " + statement + " " + plan).noneMatch(l -> l.matches("SCAN events\\b.*"));
            });
        }
        assertThat(store.countEvents(EventQuery.all().text("shelling"))).isEqualTo(ARTICLES * 2L);
    }

    @Test
    void aRareWordFetchesItsFewMatchesByRowid() {
        EventQuery q = EventQuery.all().text("Quarrytown").page(50, 0);
        assertThat(all(store.explainEvents(q))).anyMatch(l -> l.contains("INTEGER PRIMARY KEY"))
                .noneMatch(l -> l.matches("SCAN events\\b.*"));
        List<Event> found = store.events(q);
        assertThat(found).hasSize((ARTICLES + 99) / 100).allMatch(e -> e.evidence().contains("Quarrytown"));
        assertThat(store.countEvents(q)).isEqualTo(found.size());
    }

    @Test
    void searchRanksInTheFullTextIndexAndReadsOnlyTheHitsArticles() {
        Map<String, List<String>> plans = store.explainSearch("water rights");
        assertThat(all(plans)).noneMatch(l -> l.matches("SCAN (articles|a)\\b.*"));
        assertThat(plans.get("hits")).anyMatch(l -> l.contains("INTEGER PRIMARY KEY"));
        assertThat(store.search("water rights", 5)).hasSize(5);
    }
}
