package org.faultline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.faultline.claims.Claim;
import org.faultline.claims.Stance;
import org.faultline.events.Event;
import org.faultline.events.Factuality;
import org.faultline.ingest.Article;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Reads in the same process never queue behind a write, and always see whole writes. */
class ReadWhileWriteTest extends BackendTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(8);

    @AfterEach
    void stop() { pool.shutdownNow(); }

    private static Article article(String id) { return Fixtures.article(id, "Talks " + id, Fixtures.filler(id.hashCode() & 0xff)); }

    private static List<Event> events(String id) {
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < 3; i++) out.add(Fixtures.event(id, i, "CONSULT", "NVL", "EMR", "2024-03-1" + i, Factuality.ASSERTED));
        return out;
    }

    private static List<Claim> claims(String id) {
        return List.of(LinkFixtures.claim(id, 0, "NVL", Stance.PROPOSE, "EMR", "talks should resume"),
                LinkFixtures.claim(id, 1, "EMR", Stance.SUPPORT, "NVL", "talks are welcome"));
    }

    private static void hold(CountDownLatch release) {
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void save(Store store, String id) {
        Article a = article(id);
        store.save(a, Fixtures.doc(a), events(id), claims(id));
    }

    @Test
    void readsAnswerAtOnceWhileAWriterHoldsALongTransactionAndSeeOnlyCommittedData() throws Exception {
        try (Store store = open("rw.db")) {
            save(store, "old");
            CountDownLatch held = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Future<?> writer = pool.submit(() -> store.database().write(c -> {
                Article fresh = article("fresh");
                new ArticleRows(new JsonCodec()).insert(c, fresh, null, false, null);
                held.countDown();
                hold(release); // the "long write"
                return null;
            }));
            assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
            // a second writer queues behind the first...
            Future<?> secondWriter = pool.submit(() -> save(store, "second"));
            long start = System.nanoTime();
            // ...but reads do not: each answers while the write is still open
            assertThat(store.findArticle("old")).isPresent();
            assertThat(store.existsId("fresh")).isFalse(); // not committed yet
            assertThat(store.events(EventQuery.all())).hasSize(3);
            assertThat(store.claims("old")).hasSize(2);
            assertThat(store.search("officials", 5)).hasSize(1);
            assertThat(store.stats().articles()).isEqualTo(1);
            assertThat(store.listArticles(10, 0)).hasSize(1);
            assertThat(store.dyads(5)).hasSize(1);
            long readMs = (System.nanoTime() - start) / 1_000_000;
            assertThat(writer.isDone()).as("the long write is still open").isFalse();
            assertThat(readMs).as("reads took %d ms while the write was held", readMs).isLessThan(5_000);
            assertThatThrownBy(() -> secondWriter.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);

            release.countDown();
            writer.get(10, TimeUnit.SECONDS);
            secondWriter.get(10, TimeUnit.SECONDS);
            assertThat(store.existsId("fresh")).isTrue();
            assertThat(store.ids()).containsExactly("old", "fresh", "second");
        }
    }

    @Test
    void concurrentReadersAlwaysSeeWholeArticles() throws Exception {
        try (Store store = open("stress.db")) {
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger checks = new AtomicInteger();
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < 6; r++) {
                readers.add(pool.submit(() -> {
                    while (writing.get()) {
                        for (String id : store.ids()) {
                            // a save is one transaction: an article is never seen without its events or claims
                            assertThat(store.events(EventQuery.all().article(id))).hasSize(3);
                            assertThat(store.claims(id)).hasSize(2);
                            checks.incrementAndGet();
                        }
                        long articles = store.stats().articles();
                        assertThat(store.countEvents(EventQuery.all())).isGreaterThanOrEqualTo(articles * 3);
                    }
                    return null;
                }));
            }
            for (int i = 0; i < 40; i++) save(store, "art-" + i);
            writing.set(false);
            for (Future<?> f : readers) f.get(30, TimeUnit.SECONDS);
            assertThat(checks.get()).isPositive();
            assertThat(store.stats().articles()).isEqualTo(40);
        }
    }

    @Test
    void readsNestedInsideAnExportNeverExhaustThePool() throws Exception {
        try (Store store = open("nested.db")) {
            for (int i = 0; i < 5; i++) save(store, "n" + i);
            List<Future<Integer>> exports = new ArrayList<>();
            // more exporting threads than read connections, each looking things up inside its consumer
            for (int t = 0; t < Database.READERS * 2; t++) {
                exports.add(pool.submit(() -> {
                    AtomicInteger seen = new AtomicInteger();
                    store.forEachArticle(a -> {
                        assertThat(store.claims(a.id())).hasSize(2);
                        assertThat(store.findArticle(a.id())).contains(a);
                        seen.incrementAndGet();
                    });
                    return seen.get();
                }));
            }
            for (Future<Integer> f : exports) assertThat(f.get(30, TimeUnit.SECONDS)).isEqualTo(5);
        }
    }

    @Test
    void aWriteInsideAnExportDoesNotChangeWhatTheExportSees() {
        try (Store store = open("snap.db")) {
            save(store, "s0");
            save(store, "s1");
            List<String> seen = new ArrayList<>();
            store.forEachArticle(a -> {
                seen.add(a.id());
                if (seen.size() == 1) save(store, "s2");
            });
            assertThat(seen).containsExactly("s0", "s1");
            assertThat(store.ids()).containsExactly("s0", "s1", "s2");
        }
    }

    @Test
    void failingReadsGiveTheirConnectionBackWithoutAStaleSnapshot() {
        try (Store store = open("fail.db")) {
            save(store, "f0");
            for (int i = 0; i < Database.READERS * 3; i++) {
                assertThatThrownBy(() -> store.forEachArticle(a -> { throw new IllegalStateException("consumer failed"); }))
                        .hasMessageContaining("consumer failed");
            }
            save(store, "f1");
            assertThat(store.ids()).containsExactly("f0", "f1");
            assertThat(store.claims("f1")).hasSize(2);
        }
    }

    @Test
    void aClosedStoreRefusesReadsAndWrites() {
        Store store = open("closed.db");
        save(store, "c0");
        assertThat(store.claims("c0")).hasSize(2);
        store.close();
        store.close(); // twice is harmless
        assertThatThrownBy(() -> store.claims("c0")).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> save(store, "c1")).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void readsTimeOutNeverWhileTheWriterIsBusyForLong() {
        // guards the assumption the server relies on: a read's latency does not include a write's
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try (Store store = open("busy.db")) {
                save(store, "b0");
                CountDownLatch held = new CountDownLatch(1);
                CountDownLatch release = new CountDownLatch(1);
                Future<?> writer = pool.submit(() -> store.database().write(c -> {
                    held.countDown();
                    hold(release);
                    return null;
                }));
                held.await();
                List<Long> latencies = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    long t0 = System.nanoTime();
                    store.events(EventQuery.all().dyad("NVL", "EMR").page(10, 0));
                    latencies.add((System.nanoTime() - t0) / 1_000_000);
                }
                release.countDown();
                writer.get();
                latencies.sort(null);
                assertThat(latencies.get(latencies.size() - 1)).as("slowest read, ms").isLessThan(2_000);
            }
        });
    }
}
