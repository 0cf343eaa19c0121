package org.faultline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two ingest processes write one SQLite file at once while this JVM reads it: neither writer
 * meets "database is locked", nothing either reported is lost, and the reader only ever sees
 * counts that grow and whole articles.
 */
class TwoWriterProcessesTest {
    private static final int PER_WRITER = 40;

    @TempDir
    Path dir;

    @Test
    void twoWriterProcessesAndAReaderShareOneFile() throws Exception {
        Path db = dir.resolve("shared.db");
        try (Store init = Store.open(db)) {
            assertThat(init.ids()).isEmpty(); // migrated once, before the race
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> writers = new ArrayList<>();
        List<Path> errs = new ArrayList<>();
        for (String prefix : List.of("wa", "wb")) {
            Path err = dir.resolve(prefix + ".err");
            errs.add(err);
            writers.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(),
                    db.toString(), prefix, Integer.toString(PER_WRITER)).redirectError(err.toFile())
                    .redirectOutput(dir.resolve(prefix + ".out").toFile()).start());
        }
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<Throwable> readFailure = new AtomicReference<>();
        AtomicLong reads = new AtomicLong();
        Thread reader = new Thread(() -> {
            try (Store store = Store.open(db)) {
                long lastArticles = 0, lastEvents = 0;
                while (!done.get()) {
                    long articles = store.ids().size();
                    long events = store.countEvents(EventQuery.all());
                    long again = store.ids().size();
                    assertThat(articles).isGreaterThanOrEqualTo(lastArticles);
                    assertThat(events).isGreaterThanOrEqualTo(lastEvents);
                    // no commit between the two counts of articles: an article is visible with
                    // all its events or not at all
                    if (again == articles)
                        assertThat(events).isEqualTo(articles * CrashWriter.events(CrashWriter.article("x", 0)).size());
                    lastArticles = articles;
                    lastEvents = events;
                    reads.incrementAndGet();
                }
            } catch (Throwable t) {
                readFailure.set(t);
            }
        }, "reader");
        reader.start();
        for (Process p : writers) assertThat(p.waitFor(240, TimeUnit.SECONDS)).as("writer finished").isTrue();
        done.set(true);
        reader.join(30_000);
        for (int i = 0; i < writers.size(); i++) {
            String err = Files.readString(errs.get(i));
            assertThat(writers.get(i).exitValue()).as(err).isZero();
            assertThat(err).doesNotContainIgnoringCase("locked").doesNotContainIgnoringCase("busy");
        }
        if (readFailure.get() != null) throw new AssertionError("reader failed", readFailure.get());
        assertThat(reads.get()).isPositive();
        try (Store store = Store.open(db)) {
            assertThat(store.checkIntegrity()).isEmpty();
            assertThat(store.ids()).hasSize(2 * PER_WRITER);
            for (String prefix : List.of("wa", "wb"))
                for (int i = 0; i < PER_WRITER; i++) assertThat(store.existsId(prefix + "-" + i)).as(prefix + "-" + i).isTrue();
        }
    }
}
