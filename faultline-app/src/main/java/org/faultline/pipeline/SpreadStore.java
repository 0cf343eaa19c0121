package org.faultline.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.faultline.server.bench.SampleCorpus;
import org.faultline.store.ArticleBundle;
import org.faultline.store.Store;

/**
 * Fills a store fast with generated articles spread evenly back in time from a day, so that any
 * time window holds a bounded number of them however large the store ({@code perDay} a day):
 * what the incremental-linking benchmark and its test need. Articles and their events come from
 * {@link SampleCorpus} (invented texts, events set by hand, no CoreNLP) and are saved directly.
 * The store is then linked once in full, as a store that has been ingesting for years would be.
 */
public final class SpreadStore {
    private static final int CHUNK = 1000;

    private SpreadStore() {}

    /**
     * Saves articles 0..count-1 (a transaction per thousand), article n published {@code 1 + n / perDay}
     * days before {@code end} and dating its events to the day before that,
     * then links the store in full ({@link CorpusLinker#relink}) unless {@code linker} is null.
     */
    public static void fill(Store store, int count, LocalDate end, int perDay, CorpusLinker linker) {
        if (count < 0) throw new IllegalArgumentException("count must be >= 0, was " + count);
        if (perDay < 1) throw new IllegalArgumentException("perDay must be >= 1, was " + perDay);
        List<ArticleBundle> chunk = new ArrayList<>(CHUNK);
        for (int n = 0; n < count; n++) {
            LocalDate published = end.minusDays(1 + n / perDay);
            // events of the day before ("overnight"): the text's own date, as a report of news gives it
            SampleCorpus.Item it = SampleCorpus.item(n, published.minusDays(1), published);
            chunk.add(new ArticleBundle(it.article(), it.doc(), it.events(), it.claims()));
            if (chunk.size() == CHUNK || n == count - 1) {
                store.saveAll(chunk);
                chunk.clear();
            }
        }
        if (linker != null && count > 0) linker.relink(store);
    }
}
