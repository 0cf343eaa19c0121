package org.faultline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.faultline.ingest.Article;
import org.junit.jupiter.api.Test;

/** Several stores (as several processes would have) on one database: opening and writing at once. */
class ConcurrencyTest extends BackendTest {

    @Test
    void storesOpenedAtOnceOnANewFileMigrateOnceAndWriteTogether() throws Exception {
        String db = location("shared.db");
        int writers = 4;
        int perWriter = 15;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            done.add(pool.submit(() -> {
                start.await();
                try (Store store = Store.open(db)) {
                    for (int i = 0; i < perWriter; i++) {
                        Article a = Fixtures.article("w" + writer + "-" + i, "T", Fixtures.filler(writer * 100 + i));
                        store.save(a, Fixtures.doc(a), List.of(Fixtures.event(a.id(), 0, "CONSULT", "NVL", "EMR", "2024", null)));
                        store.search("officials", 3);
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) f.get(60, TimeUnit.SECONDS);
        pool.shutdown();
        try (Store store = Store.open(db)) {
            StoreStats stats = store.stats();
            assertThat(stats.articles()).isEqualTo(writers * perWriter);
            assertThat(stats.events()).isEqualTo(writers * perWriter);
            assertThat(stats.schemaVersion()).isEqualTo(Migrations.bundled().latestVersion());
        }
    }

    @Test
    void oneStoreSharedByThreadsStaysConsistent() throws Exception {
        try (Store store = open("one.db")) {
            ExecutorService pool = Executors.newFixedThreadPool(3);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        Article a = Fixtures.article("t" + writer + "-" + i, "T", Fixtures.filler(i));
                        store.save(a, Fixtures.doc(a), List.of());
                        assertThat(store.loadDoc(a.id())).contains(Fixtures.doc(a));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) f.get(60, TimeUnit.SECONDS);
            pool.shutdown();
            assertThat(store.stats().articles()).isEqualTo(60);
        }
    }
}
