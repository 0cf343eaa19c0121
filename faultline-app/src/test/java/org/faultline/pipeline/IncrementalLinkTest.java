package org.faultline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.faultline.claims.Contradiction;
import org.faultline.incidents.Incident;
import org.faultline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental linking ({@link CorpusLinker#linkNew}) gives what a full link ({@link CorpusLinker#relink})
 * gives: a corpus spread over more than a year ({@link SpreadFixture}, with the judged multi-outlet
 * sample) is stored in shuffled batches, each linked against its own window only, and the store ends
 * with the same incidents (ids, members, joins) and the same contradictions as one full link.
 */
class IncrementalLinkTest {
    @TempDir Path dir;

    record Result(List<Incident> incidents, List<Contradiction> contradictions) {}

    private static Result read(Store store) {
        List<Incident> incidents = new ArrayList<>();
        store.forEachIncident(incidents::add);
        incidents.sort(Comparator.comparing(Incident::id));
        List<Contradiction> contradictions = new ArrayList<>();
        store.forEachContradiction(contradictions::add);
        contradictions.sort(Comparator.comparing(Contradiction::id));
        return new Result(incidents, contradictions);
    }

    private Result full(List<MultiOutletFixture.Item> items) {
        try (Store store = Store.open(dir.resolve("full.db"))) {
            for (MultiOutletFixture.Item it : items) store.save(it.article(), it.doc(), it.events(), it.claims());
            TestPipeline.linker().relink(store);
            return read(store);
        }
    }

    private Result incremental(String name, List<MultiOutletFixture.Item> items, int batch) {
        try (Store store = Store.open(dir.resolve(name + ".db"))) {
            CorpusLinker linker = TestPipeline.linker();
            for (int i = 0; i < items.size(); i += batch) {
                List<String> ids = new ArrayList<>();
                for (MultiOutletFixture.Item it : items.subList(i, Math.min(items.size(), i + batch))) {
                    store.save(it.article(), it.doc(), it.events(), it.claims());
                    ids.add(it.article().id());
                }
                linker.linkNew(store, ids);
            }
            return read(store);
        }
    }

    /** Compares by difference, so a failure names the incidents and contradictions that differ. */
    private static void same(Result got, Result want, String how) {
        List<Object> missing = new ArrayList<>(want.incidents());
        missing.removeAll(got.incidents());
        List<Object> extra = new ArrayList<>(got.incidents());
        extra.removeAll(want.incidents());
        List<Object> missingC = new ArrayList<>(want.contradictions());
        missingC.removeAll(got.contradictions());
        List<Object> extraC = new ArrayList<>(got.contradictions());
        extraC.removeAll(want.contradictions());
        assertThat(List.of(missing, extra, missingC, extraC)).as(how
                + ": [incidents of the full link not found, incidents it does not give, same for contradictions]")
                .isEqualTo(List.of(List.of(), List.of(), List.of(), List.of()));
    }

    @Test
    void batchesLinkedByWindowEqualOneFullLink() {
        List<MultiOutletFixture.Item> items = SpreadFixture.corpus(48);
        Result reference = full(items);
        assertThat(reference.incidents()).as("the corpus links into many incidents").hasSizeGreaterThan(40);
        assertThat(reference.incidents()).as("look-backs published weeks later join the occurrence they recall")
                .anyMatch(i -> i.articleIds().stream().anyMatch(a -> a.endsWith("-look")) && i.articleIds().size() >= 3);
        assertThat(reference.contradictions()).as("accusations meet their denials").hasSizeGreaterThan(10);

        // in publication order, as a desk receives them: each batch's window is a small part of the corpus
        List<MultiOutletFixture.Item> chronological = new ArrayList<>(items);
        chronological.sort(Comparator.comparing((MultiOutletFixture.Item it) -> it.article().published())
                .thenComparing(it -> it.article().id()));
        same(incremental("chrono", chronological, 4), reference, "chronological, batches of 4");

        Random random = new Random(7);
        for (int run = 0; run < 3; run++) {
            List<MultiOutletFixture.Item> shuffled = new ArrayList<>(items);
            Collections.shuffle(shuffled, random);
            int batch = 1 + run * 5;
            same(incremental("run" + run, shuffled, batch), reference, "shuffled, batches of " + batch);
        }
    }
}
