package org.faultline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.faultline.analysis.Alert;
import org.faultline.analysis.Granularity;
import org.faultline.analysis.TensionIndex;
import org.faultline.analysis.TensionSeries;
import org.faultline.events.Event;
import org.faultline.ingest.Article;
import org.faultline.ingest.IngestOptions;
import org.faultline.ingest.Ingestor;
import org.faultline.store.EventQuery;
import org.faultline.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Runs the whole flow (ingest, clean, annotate, code, store) on the sample articles that ship in
 * the jar, and checks what their README promises: boilerplate gone, body kept, titles, dates,
 * the near-duplicate linked, and a second run adding nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SamplesPipelineTest {
    private Path tmp;
    private Store store;
    private Pipeline pipeline;
    private IngestSummary first;
    private List<Article> articles;

    @BeforeAll
    void ingestSamples() throws IOException {
        tmp = Files.createTempDirectory("faultline-samples-test");
        Path samples = tmp.resolve("samples");
        Files.createDirectories(samples);
        for (String name : sampleNames()) {
            try (InputStream in = getClass().getResourceAsStream("/samples/" + name)) {
                Files.copy(in, samples.resolve(name));
            }
        }
        pipeline = TestPipeline.shared();
        store = Store.open(tmp.resolve("samples.db"));
        first = new IngestJob(new Ingestor(IngestOptions.defaults()), store, () -> pipeline, 2, TestPipeline.linker())
                .run(List.of(samples.toString()), new IngestJob.Progress() {});
        articles = new ArrayList<>();
        store.forEachArticle(articles::add);
    }

    private static List<String> sampleNames() throws IOException {
        try (InputStream in = SamplesPipelineTest.class.getResourceAsStream("/samples/index.txt")) {
            return new String(in.readAllBytes()).lines().map(String::strip)
                    .filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
        }
    }

    @Test
    void storesEveryArticleOnceAndLinksTheRewrite() {
        assertThat(first.failures()).isEmpty();
        assertThat(first.stored()).isEqualTo(10);
        assertThat(first.duplicates()).isEqualTo(1);
        Map<String, Article> byTitle = articles.stream().collect(Collectors.toMap(Article::title, a -> a));
        Article original = byTitle.get("Armenia and Azerbaijan agree to free prisoners and back each other's COP bids");
        Article rewrite = byTitle.get("Armenia, Azerbaijan to swap detained soldiers in goodwill gesture, back each other on COP29");
        assertThat(original).isNotNull();
        assertThat(rewrite).isNotNull();
        assertThat(List.of(original.duplicateOf() == null ? "" : original.duplicateOf(),
                rewrite.duplicateOf() == null ? "" : rewrite.duplicateOf())).containsAnyOf(original.id(), rewrite.id());
    }

    @Test
    void secondRunAddsNothing() {
        IngestSummary again = new IngestJob(new Ingestor(IngestOptions.defaults()), store, () -> pipeline, 2, TestPipeline.linker())
                .run(List.of(tmp.resolve("samples").toString()), new IngestJob.Progress() {});
        assertThat(again.stored()).isZero();
        assertThat(again.unchanged()).isEqualTo(10);
        assertThat(store.stats().articles()).isEqualTo(10);
    }

    @Test
    void titlesAndDatesComeFromMetadataOrTheText() {
        Map<String, Article> byTitle = articles.stream().collect(Collectors.toMap(Article::title, a -> a));
        Article tavush = byTitle.get("Armenia agrees to hand four Tavush-area villages to Azerbaijan in first border deal");
        assertThat(tavush.published()).isEqualTo(LocalDate.of(2024, 4, 20));
        assertThat(tavush.publishedInferred()).isFalse();
        Article ceasefire = byTitle.get("Azerbaijan's one-day offensive in Karabakh ends with ceasefire and disarmament pledge");
        assertThat(ceasefire.published()).isEqualTo(LocalDate.of(2023, 9, 21));
        assertThat(ceasefire.publishedInferred()).isTrue();
        assertThat(byTitle.get("UN court orders Azerbaijan to keep Lachin road open").published())
                .isEqualTo(LocalDate.of(2023, 2, 22));
    }

    @Test
    void boilerplateIsCutAndKeptForAudit() {
        String allText = articles.stream().map(Article::text).collect(Collectors.joining("\n"));
        String allRemoved = articles.stream().flatMap(a -> a.removed().stream()).map(r -> r.text())
                .collect(Collectors.joining("\n"));
        for (String gone : List.of("Share on Facebook", "Related posts", "Coffee enthusiast and weekend hiker.",
                "Leave a Reply", "appeared first on", "Get our daily briefing", "Page 1 of 2", "Page 2 of 2", "5 Mins read",
                "Mariam Sargsyan is a freelance reporter", "Post a Comment", "Previous Post Next Post")) {
            assertThat(allText).as("clean text still holds '%s'", gone).doesNotContain(gone);
            assertThat(allRemoved).as("removed spans should hold '%s'", gone).contains(gone);
        }
    }

    @Test
    void bodyTextIsRepairedNotLost() {
        String allText = articles.stream().map(Article::text).map(t -> t.replaceAll("\\s+", " "))
                .collect(Collectors.joining("\n"));
        assertThat(allText).contains(
                "The agreement, mediated by the command of the Russian peacekeeping contingent, took effect at 13:00 local time.",
                "to discuss what Baku calls the reintegration of the region.",
                "large-scale", "long-standing", "on the outskirts of the town", "agreed. Armenia",
                "Baghanis Ayrum, Ashagi Askipara, Kheyrimli and Gizilhajili",
                "Azerbaijan will free 32 Armenian servicemen and Armenia will release two Azerbaijani servicemen");
        assertThat(allText).doesNotContain("agree-ment", "largescale", "the the ");
    }

    @Test
    void everyArticleIsAnnotated() {
        for (Article a : articles) {
            assertThat(store.loadDoc(a.id())).as("doc of %s", a.title()).isPresent()
                    .get().satisfies(d -> assertThat(d.sentences()).isNotEmpty());
        }
        assertThat(store.stats().entities()).isGreaterThan(100);
    }

    /**
     * The demo exists to show escalation: the bundled articles report Azerbaijan's September 2023 offensive,
     * so the ARM-AZE tension must rise then and an alert must list the events that drove it, each a conflict
     * event with a country on each side (a de-facto entity counted on its patron's side, dyad-groups.tsv).
     */
    @Test
    void theSeptember2023OffensiveRaisesAnArmAzeAlertWithItsEvents() {
        TensionIndex index = new TensionIndex();
        List<Event> events = new ArrayList<>();
        for (String a : index.groups().codesOf("ARM"))
            for (String b : index.groups().codesOf("AZE")) {
                events.addAll(store.events(EventQuery.all().dyad(a, b)));
                events.addAll(store.events(EventQuery.all().dyad(b, a)));
            }
        TensionSeries series = index.compute("ARM-AZE", false, Granularity.DAILY, events);
        List<Alert> september = series.alerts().stream()
                .filter(a -> !a.period().isBefore(LocalDate.of(2023, 9, 19)) && !a.period().isAfter(LocalDate.of(2023, 9, 30))).toList();
        assertThat(september).as("alerts of %s", series.alerts()).isNotEmpty();
        Map<String, Event> byId = events.stream().collect(Collectors.toMap(Event::id, e -> e, (x, y) -> x));
        for (Alert a : september) {
            assertThat(a.eventIds()).isNotEmpty();
            for (String id : a.eventIds()) {
                Event e = byId.get(id);
                assertThat(e).as("driver %s", id).isNotNull();
                assertThat(index.groups().dyadKey(e.source().country(), e.target().country())).as("dyad of %s", e.evidence()).isEqualTo("ARM-AZE");
            }
            assertThat(a.eventIds().stream().map(byId::get)).anySatisfy(e -> assertThat(e.quad()).isEqualTo(4));
        }
    }
}
