package org.faultline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.faultline.claims.Claim;
import org.faultline.claims.Contradiction;
import org.faultline.claims.ContradictionKind;
import org.faultline.events.Event;
import org.faultline.incidents.Incident;
import org.faultline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The judged sample: a multi-outlet fixture of our own ({@link MultiOutletFixture}) stored and linked
 * through the real store and {@link CorpusLinker}, with the incidents and contradictions a reader
 * expects asserted; and the same corpus stored in shuffled orders and batches (relinking after each
 * batch) giving exactly the same incidents and contradictions, ids included.
 */
class JudgedSampleTest {
    @TempDir Path dir;

    /** The linked store's incidents and contradictions, as comparable values. */
    record Result(List<Incident> incidents, List<Contradiction> contradictions) {}

    private Result ingest(String name, List<MultiOutletFixture.Item> items, int batch) {
        try (Store store = Store.open(dir.resolve(name + ".db"))) {
            CorpusLinker linker = TestPipeline.linker();
            for (int i = 0; i < items.size(); i += batch) {
                for (MultiOutletFixture.Item it : items.subList(i, Math.min(items.size(), i + batch)))
                    store.save(it.article(), it.doc(), it.events(), it.claims());
                linker.relink(store);
            }
            List<Incident> incidents = new ArrayList<>();
            store.forEachIncident(incidents::add);
            incidents.sort(java.util.Comparator.comparing(Incident::id));
            List<Contradiction> contradictions = new ArrayList<>();
            store.forEachContradiction(contradictions::add);
            return new Result(incidents, contradictions);
        }
    }

    private static Incident incidentOf(Result r, String eventId) {
        return r.incidents().stream().filter(i -> i.eventIds().contains(eventId)).findFirst().orElseThrow();
    }

    private static String event(List<MultiOutletFixture.Item> items, String article, int sentence) {
        for (MultiOutletFixture.Item it : items)
            for (Event e : it.events()) if (e.articleId().startsWith(article) && e.sentenceIndex() == sentence) return e.id();
        throw new AssertionError("no event in " + article + " sentence " + sentence);
    }

    @Test
    void theExpectedIncidentsAndContradictions() {
        List<MultiOutletFixture.Item> items = MultiOutletFixture.corpus();
        Result r = ingest("judged", items, items.size());

        // one shelling on 10 May: two outlets in their own words, a third reprinting the first; the reports of the
        // accusation and the denial concern it too
        Incident first = incidentOf(r, event(items, "a-", 0));
        assertThat(first.eventIds()).contains(event(items, "b-", 0), event(items, "c-", 0), event(items, "a-", 1),
                event(items, "b-", 1));
        assertThat(first.typeFamily()).isEqualTo("violence");
        assertThat(first.firstDate()).isEqualTo("2024-05-10");
        assertThat(first.sources()).as("outlet three only reprinted outlet one").isEqualTo(2);
        assertThat(first.joins().get(event(items, "c-", 0))).isEqualTo("same-sentence");
        assertThat(first.joins()).containsValue("first");
        assertThat(first.confidence()).isBetween(0.5, 1.0);

        // the shelling three days later is another occurrence
        Incident second = incidentOf(r, event(items, "d-", 0));
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.eventIds()).hasSize(1);

        // two appeals by different parties on different days are two incidents
        assertThat(incidentOf(r, event(items, "e-", 1)).id()).isNotEqualTo(incidentOf(r, event(items, "e-", 2)).id());

        // exactly one contradiction: the accusation and its denial, however often both were printed;
        // the reciprocal accusation and the unrelated later accusation pair with nothing
        assertThat(r.contradictions()).hasSize(1);
        Contradiction c = r.contradictions().get(0);
        assertThat(c.kind()).isEqualTo(ContradictionKind.ACCUSATION_DENIAL);
        assertThat(c.incidentId()).isEqualTo(first.id());
        assertThat(c.score()).isGreaterThan(0.8);
        Set<String> claimsOfPair = Set.of(c.claimA(), c.claimB());
        Set<String> reciprocalAndLater = items.stream().filter(it -> it.article().id().startsWith("d-") || it.article().id().startsWith("e-"))
                .flatMap(it -> it.claims().stream()).map(Claim::id).collect(Collectors.toSet());
        assertThat(claimsOfPair).doesNotContainAnyElementsOf(reciprocalAndLater);
    }

    @Test
    void anyOrderAndBatchingGivesTheSameIncidentsAndContradictions() {
        List<MultiOutletFixture.Item> items = MultiOutletFixture.corpus();
        Result reference = ingest("reference", items, items.size());
        Random random = new Random(42);
        Set<String> seen = new TreeSet<>();
        for (int run = 0; run < 4; run++) {
            List<MultiOutletFixture.Item> shuffled = new ArrayList<>(items);
            Collections.shuffle(shuffled, random);
            int batch = 1 + run % 3;
            seen.add(shuffled.get(0).article().id());
            assertThat(ingest("run" + run, shuffled, batch)).as("order %s in batches of %d",
                    shuffled.stream().map(i -> i.article().id()).toList(), batch).isEqualTo(reference);
        }
        assertThat(seen).as("the shuffles really changed the order").hasSizeGreaterThan(1);
    }
}
