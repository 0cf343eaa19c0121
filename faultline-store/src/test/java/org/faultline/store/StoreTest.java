package org.faultline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import org.faultline.events.Event;
import org.faultline.events.Factuality;
import org.faultline.ingest.Article;
import org.faultline.nlp.Doc;
import org.junit.jupiter.api.Test;

class StoreTest extends BackendTest {

    private static final String TEXT = "Ministers from Northvale and Eastmarch met in Riverton in 2024. "
            + "They signed a memorandum on border crossings. \"This is a first step,\" the spokesperson said.";

    @Test
    void opensNewFileInMissingFoldersWithWalAndLatestSchema() throws Exception {
        assumeTrue(sqlite(), "SQLite files only");
        Path db = dir.resolve("a/b/faultline.db");
        try (Store store = Store.open(db)) {
            assertThat(Files.exists(db)).isTrue();
            assertThat(store.schemaVersion()).isEqualTo(Migrations.bundled().latestVersion()).isGreaterThanOrEqualTo(4);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
        }
    }

    @Test
    void roundTripsArticleDocAndEvents() {
        Article a = Fixtures.article("art-1", "Ministers sign border memorandum", TEXT);
        Doc doc = Fixtures.doc(a);
        List<Event> events = List.of(
                Fixtures.event("art-1", 0, "AGREE", "NVL", "EMR", "2024-03-12", Factuality.ASSERTED),
                Fixtures.event("art-1", 1, "ASSAULT", "EMR", null, "2024-03", Factuality.REPORTED));
        try (Store store = open("f.db")) {
            assertThat(store.save(a, doc, events)).isEqualTo(SaveOutcome.INSERTED);
            assertThat(store.findArticle("art-1")).contains(a);
            assertThat(doc.sentences()).hasSize(3);
            assertThat(doc.quotes()).hasSize(1);
            assertThat(store.loadDoc("art-1")).contains(doc);
            assertThat(store.events(EventQuery.all())).containsExactlyInAnyOrderElementsOf(events);
            List<Event> inArticleOrder = new java.util.ArrayList<>();
            store.forEachEvent(inArticleOrder::add);
            assertThat(inArticleOrder).containsExactlyElementsOf(events);
            assertThat(store.existsId("art-1")).isTrue();
            assertThat(store.existsId("art-2")).isFalse();
            assertThat(store.findArticle("art-2")).isEmpty();
        }
    }

    @Test
    void articleWithoutDocHasNoDocButEmptyDocIsKept() {
        try (Store store = open("f.db")) {
            store.save(Fixtures.article("plain", "T", TEXT), null, List.of());
            store.save(Fixtures.article("blank", "T", ""), new Doc("blank", null, List.of(), List.of()), List.of());
            assertThat(store.loadDoc("plain")).isEmpty();
            assertThat(store.loadDoc("blank")).contains(new Doc("blank", null, List.of(), List.of()));
            assertThat(store.loadDoc("nope")).isEmpty();
        }
    }

    @Test
    void savingTheSameIdAgainReplacesAndAddsNothing() {
        Article a = Fixtures.article("art-1", "First title", TEXT);
        try (Store store = open("f.db")) {
            store.save(a, Fixtures.doc(a), List.of(Fixtures.event("art-1", 0, "AGREE", "NVL", "EMR", "2024-03-12", null),
                    Fixtures.event("art-1", 1, "AGREE", "NVL", "EMR", "2024-03-12", null)));
            String firstIngested = store.listArticles(10, 0).get(0).ingestedAt();
            StoreStats before = store.stats();

            assertThat(store.save(a, Fixtures.doc(a), List.of(Fixtures.event("art-1", 0, "AGREE", "NVL", "EMR", "2024-03-12", null),
                    Fixtures.event("art-1", 1, "AGREE", "NVL", "EMR", "2024-03-12", null)))).isEqualTo(SaveOutcome.REPLACED);
            assertThat(store.stats()).isEqualTo(before);

            Article retitled = new Article(a.id(), a.source(), a.url(), "Second title", a.published(), a.publishedInferred(),
                    a.format(), a.raw(), a.text(), a.removed(), a.contentHash(), a.duplicateOf(), a.problems());
            store.save(retitled, null, List.of(Fixtures.event("art-1", 5, "ACCUSE", "EMR", "NVL", null, null)));
            assertThat(store.stats().articles()).isEqualTo(1);
            assertThat(store.findArticle("art-1").orElseThrow().title()).isEqualTo("Second title");
            assertThat(store.loadDoc("art-1")).isEmpty();
            assertThat(store.stats().sentences()).isZero();
            assertThat(store.events(EventQuery.all())).extracting(Event::id).containsExactly("art-1-e5");
            assertThat(store.listArticles(10, 0).get(0).ingestedAt()).isEqualTo(firstIngested);
        }
    }

    @Test
    void replacingKeepsStorageOrderSoTheOriginalStaysFirst() {
        try (Store store = open("f.db")) {
            Article original = Fixtures.article("orig", "T", TEXT);
            store.save(original, null, List.of());
            store.save(Fixtures.article("copy", "T", TEXT).withDuplicateOf("orig"), null, List.of());
            store.save(Fixtures.article("later", "T", "Something else entirely."), null, List.of());
            store.save(original, Fixtures.doc(original), List.of());
            assertThat(store.ids()).containsExactly("orig", "copy", "later");
            List<String> seeded = new java.util.ArrayList<>();
            store.forEachText((id, text) -> seeded.add(id));
            assertThat(seeded).containsExactly("orig", "copy", "later");
            assertThat(store.search("memorandum", 5)).extracting(SearchHit::articleId).contains("orig", "copy");
            assertThat(store.checkIntegrity()).isEmpty();
        }
    }

    @Test
    void aClosedStoreSaysSo() {
        Store store = open("f.db");
        String location = store.location();
        store.close();
        store.close();
        assertThatThrownBy(() -> store.existsId("x")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(location).hasMessageContaining("closed");
        if (sqlite()) assertThat(location).endsWith("f.db");
    }

    @Test
    void reopeningKeepsDataAndDoesNotReapplyMigrations() {
        Article a = Fixtures.article("keep", "Kept", TEXT);
        try (Store store = open("f.db")) {
            store.save(a, Fixtures.doc(a), List.of());
        }
        try (Store store = open("f.db")) {
            assertThat(store.findArticle("keep")).contains(a);
            assertThat(store.loadDoc("keep")).contains(Fixtures.doc(a));
            assertThat(store.stats().schemaVersion()).isEqualTo(Migrations.bundled().latestVersion());
        }
    }

    @Test
    void replacesEventsAndSetsIncidents() {
        Article a = Fixtures.article("rc", "T", TEXT);
        try (Store store = open("f.db")) {
            store.save(a, Fixtures.doc(a), List.of(Fixtures.event("rc", 0, "AGREE", "NVL", "EMR", "2024", null)));
            List<Event> recoded = List.of(Fixtures.event("rc", 1, "CONSULT", "NVL", "EMR", "2024-03-01", null),
                    Fixtures.event("rc", 2, "YIELD", "EMR", "NVL", "2024-03-02", null));
            store.replaceEvents("rc", recoded);
            assertThat(store.events(EventQuery.all())).containsExactlyElementsOf(recoded);
            assertThat(store.loadDoc("rc")).contains(Fixtures.doc(a));
            assertThat(store.setIncidentIds(java.util.Map.of("rc-e1", "inc-7", "missing", "inc-8"))).isEqualTo(1);
            assertThat(store.events(EventQuery.all())).extracting(Event::incidentId).containsExactly("inc-7", null);
            assertThatThrownBy(() -> store.replaceEvents("unknown", List.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown");
        }
    }

    @Test
    void integrityCheckFindsOrphansAndAStaleIndex() throws Exception {
        try (Store store = open("f.db")) {
            Article a = Fixtures.article("ok", "T", TEXT);
            store.save(a, Fixtures.doc(a), List.of(Fixtures.event("ok", 0, "AGREE", null, null, null, null)));
            assertThat(store.checkIntegrity()).isEmpty();
        }
        // damage it behind the store's back: foreign keys off (PostgreSQL: as a replica, superuser only), triggers bypassed
        try (Connection c = connect("f.db")) {
            if (!sqlite()) c.createStatement().execute("SET session_replication_role = replica");
            c.createStatement().execute("INSERT INTO events(id, article_id, ord, sentence_index, type, goldstein, quad, "
                    + "date_precision, factuality, confidence) VALUES ('lost', 'nowhere', 0, 0, 'AGREE', 0, 1, 'UNKNOWN', 'ASSERTED', 1)");
            if (sqlite()) {
                // PostgreSQL's search column is generated: it cannot fall out of step with the text
                c.createStatement().execute("DROP TRIGGER articles_fts_update");
                c.createStatement().execute("UPDATE articles SET text = 'changed without the index knowing'");
            }
        }
        try (Store store = open("f.db")) {
            assertThat(store.checkIntegrity()).anyMatch(p -> p.contains("events"));
            if (sqlite()) assertThat(store.checkIntegrity()).anyMatch(p -> p.contains("full-text"));
        }
    }

    @Test
    void deleteCascadesToAnnotationAndEvents() {
        Article a = Fixtures.article("gone", "T", TEXT);
        try (Store store = open("f.db")) {
            store.save(a, Fixtures.doc(a), List.of(Fixtures.event("gone", 0, "AGREE", "NVL", "EMR", "2024", null)));
            assertThat(store.delete("gone")).isTrue();
            assertThat(store.delete("gone")).isFalse();
            StoreStats s = store.stats();
            assertThat(List.of(s.articles(), s.sentences(), s.entities(), s.times(), s.quotes(), s.events()))
                    .containsOnly(0L);
            assertThat(store.search("memorandum", 5)).isEmpty();
        }
    }

    @Test
    void statsCountWhatWasStored() {
        try (Store store = open("f.db")) {
            Article a = Fixtures.article("s1", "T", TEXT);
            Article dup = Fixtures.article("s2", "T", TEXT).withDuplicateOf("s1");
            Doc doc = Fixtures.doc(a);
            store.save(a, doc, List.of(Fixtures.event("s1", 0, "AGREE", "NVL", "EMR", "2024", null),
                    Fixtures.event("s1", 1, "AGREE", "NVL", "EMR", "2024", Factuality.NEGATED),
                    Fixtures.event("s1", 2, "ASSAULT", "NVL", "EMR", "2024", null)));
            store.save(dup, null, List.of());
            StoreStats s = store.stats();
            assertThat(s.articles()).isEqualTo(2);
            assertThat(s.duplicates()).isEqualTo(1);
            assertThat(s.annotated()).isEqualTo(1);
            assertThat(s.sentences()).isEqualTo(doc.sentences().size());
            assertThat(s.tokens()).isEqualTo(doc.tokenCount());
            assertThat(s.entities()).isEqualTo(doc.sentences().stream().mapToLong(x -> x.entities().size()).sum());
            assertThat(s.eventsByType()).containsExactly(java.util.Map.entry("AGREE", 2L), java.util.Map.entry("ASSAULT", 1L));
            assertThat(s.eventsByFactuality()).containsEntry("negated", 1L).containsEntry("asserted", 2L);
            assertThat(s.firstPublished()).isEqualTo(a.published());
            assertThat(store.knownHashes()).containsExactly(java.util.Map.entry(a.contentHash(), "s1"));
            java.util.Map<String, String> texts = new java.util.HashMap<>();
            store.forEachOriginalText(texts::put);
            assertThat(texts).containsOnlyKeys("s1");
            List<String> all = new java.util.ArrayList<>();
            store.forEachText((id, text) -> all.add(id + ":" + text.length()));
            assertThat(all).containsExactly("s1:" + TEXT.length(), "s2:" + TEXT.length());
            assertThat(store.ids()).containsExactly("s1", "s2");
            List<ArticleSummary> list = store.listArticles(1, 1);
            assertThat(list).singleElement().satisfies(x -> {
                assertThat(x.id()).isEqualTo("s2");
                assertThat(x.duplicateOf()).isEqualTo("s1");
                assertThat(x.textLength()).isEqualTo(TEXT.length());
            });
            assertThat(store.listArticles(10, 0).get(0).events()).isEqualTo(3);
        }
    }

    @Test
    void rejectsMismatchedDocAndEventsAndKeepsNothingOfThem() {
        Article a = Fixtures.article("x", "T", TEXT);
        try (Store store = open("f.db")) {
            assertThatThrownBy(() -> store.save(a, Fixtures.doc(Fixtures.article("y", "T", TEXT)), List.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("y").hasMessageContaining("x");
            assertThatThrownBy(() -> store.save(a, null, List.of(Fixtures.event("z", 0, "AGREE", null, null, null, null))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("z-e0");
            assertThat(store.existsId("x")).isFalse();
        }
    }

    @Test
    void aFailedSaveRollsBackWholly() {
        try (Store store = open("f.db")) {
            Article first = Fixtures.article("one", "T", TEXT);
            store.save(first, null, List.of(Fixtures.event("one", 0, "AGREE", null, null, null, null)));
            Article second = Fixtures.article("two", "T", TEXT);
            // an event id already used by another article violates the primary key
            Event clash = new Event("one-e0", "two", 0, "e", "t", "AGREE", null, null, null, 0, 1,
                    null, null, null, null, null, null, null, 0.5, null);
            assertThatThrownBy(() -> store.save(second, Fixtures.doc(second), List.of(clash)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one-e0").hasMessageContaining("article one");
            assertThat(store.existsId("two")).isFalse();
            assertThat(store.stats().sentences()).isZero();
            assertThat(store.save(second, null, List.of())).isEqualTo(SaveOutcome.INSERTED);
            Event twice = Fixtures.event("two", 3, "AGREE", null, null, null, null);
            assertThatThrownBy(() -> store.save(second, null, List.of(twice, twice)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two events with id two-e3");
            assertThat(store.findArticle("two")).isPresent();
        }
    }

    @Test
    void forEachVisitsEveryArticleAndEvent() {
        try (Store store = open("f.db")) {
            for (int i = 0; i < 5; i++) {
                Article a = Fixtures.article("n" + i, "T" + i, Fixtures.filler(i));
                store.save(a, null, List.of(Fixtures.event(a.id(), 0, "CONSULT", "NVL", "EMR", "2023-01-0" + (i + 1), null)));
            }
            List<String> seen = new java.util.ArrayList<>();
            store.forEachArticle(a -> seen.add(a.id()));
            assertThat(seen).containsExactly("n0", "n1", "n2", "n3", "n4");
            List<String> events = new java.util.ArrayList<>();
            store.forEachEvent(e -> events.add(e.articleId()));
            assertThat(events).containsExactly("n0", "n1", "n2", "n3", "n4");
        }
    }
}
