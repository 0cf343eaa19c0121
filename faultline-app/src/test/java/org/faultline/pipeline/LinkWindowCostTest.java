package org.faultline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.faultline.server.bench.SampleCorpus;
import org.faultline.store.ArticleBundle;
import org.faultline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incremental link's cost follows what arrived, not the store: ten new articles linked into an
 * empty store and into one of 2,000 generated articles spread over more than a year
 * ({@link SpreadStore}) read only the articles of their time window. Counts rows read, not wall time.
 */
class LinkWindowCostTest {
    private static final LocalDate END = LocalDate.of(2026, 6, 30);
    private static final int PER_DAY = 4;
    @TempDir Path dir;

    private CorpusLinker.Summary addTen(Store store, CorpusLinker linker) {
        List<String> ids = new ArrayList<>();
        List<ArticleBundle> batch = new ArrayList<>();
        for (int n = 100_000; n < 100_010; n++) {
            SampleCorpus.Item it = SampleCorpus.item(n, END.minusDays(1), END);
            batch.add(new ArticleBundle(it.article(), it.doc(), it.events(), it.claims()));
            ids.add(it.article().id());
        }
        store.saveAll(batch);
        return linker.linkNew(store, ids);
    }

    @Test
    void linkingTenNewArticlesReadsTheirWindowNotTheStore() {
        CorpusLinker linker = TestPipeline.linker();
        CorpusLinker.Summary empty, full;
        try (Store store = Store.open(dir.resolve("empty.db"))) {
            empty = addTen(store, linker);
        }
        int size = 2_000;
        try (Store store = Store.open(dir.resolve("large.db"))) {
            SpreadStore.fill(store, size, END, PER_DAY, linker);
            full = addTen(store, linker);
        }
        assertThat(empty.articlesRead()).as("into an empty store, the link reads the new articles").isEqualTo(10);
        // the window: the new articles' days (their month-dated proposals widen it to the month) +/- the window
        // days, at PER_DAY generated articles a day, plus incidents reaching over its edges
        long windowDays = 30 + 2L * CorpusLinker.DEFAULT_WINDOW_DAYS;
        assertThat(full.articlesRead()).as("into a store of %d articles the link reads its window only", size)
                .isGreaterThan(10).isLessThanOrEqualTo((int) (10 + PER_DAY * (windowDays + 2 * 14)))
                .isLessThan(size / 4);
        assertThat(full.incidents()).as("the new articles' incidents are found").isGreaterThan(0);
    }
}
