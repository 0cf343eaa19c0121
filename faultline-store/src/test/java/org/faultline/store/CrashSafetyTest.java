package org.faultline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.faultline.ingest.Article;
import org.faultline.nlp.Doc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing JVM mid-ingest, several times over the same file, and checks that the
 * database is intact and that every article the writer reported stored is there in full.
 */
class CrashSafetyTest {
    @TempDir
    Path dir;

    @Test
    void killingTheWriterNeverCorruptsOrLosesReportedArticles() throws Exception {
        Path db = dir.resolve("crash.db");
        List<String> reported = new ArrayList<>();
        // kill once n articles were reported, a few milliseconds into the save of the next one
        int[] killAfter = {7, 23, 1, 15, 4, 9};
        int[] delayMillis = {0, 1, 2, 4, 8, 0};
        int minimum = 0;
        for (int round = 0; round < killAfter.length; round++) {
            reported.addAll(runAndKill(db, "r" + round, killAfter[round], delayMillis[round]));
            minimum += killAfter[round];
        }
        assertThat(reported).hasSizeGreaterThanOrEqualTo(minimum);

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
        try (Store store = Store.open(db)) {
            assertThat(store.checkIntegrity()).isEmpty();
            assertThat(store.ids()).containsAll(reported);
            // at most the one article in flight per round may be stored without having been reported
            assertThat(store.ids().size()).isBetween(reported.size(), reported.size() + killAfter.length);
            // whatever is stored, reported or not, is whole
            for (String id : store.ids()) {
                int dash = id.lastIndexOf('-');
                Article expected = CrashWriter.article(id.substring(0, dash), Integer.parseInt(id.substring(dash + 1)));
                assertThat(store.findArticle(id)).as(id).contains(expected);
                Doc expectedDoc = Fixtures.doc(expected);
                Doc stored = store.loadDoc(id).orElseThrow(() -> new AssertionError(id + " stored without its doc"));
                // counts first so a partial article fails with a readable message
                assertThat(stored.sentences().size()).as("%s sentences", id).isEqualTo(expectedDoc.sentences().size());
                assertThat(stored.quotes().size()).as("%s quotes", id).isEqualTo(expectedDoc.quotes().size());
                assertThat(stored.equals(expectedDoc)).as("%s doc equal", id).isTrue();
                assertThat(store.events(EventQuery.all().article(id))).as(id)
                        .containsExactlyElementsOf(CrashWriter.events(expected));
            }
            assertThat(store.search("spokesperson", 3)).isNotEmpty();
        }
    }

    /**
     * Starts a writer, kills it forcibly {@code delay} ms after it began saving the article that
     * follows the {@code n}th it reported, and returns every id it reported stored.
     */
    private List<String> runAndKill(Path db, String prefix, int n, int delay) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path err = dir.resolve(prefix + ".err");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashWriter.class.getName(), db.toString(), prefix, "100000")
                .redirectError(err.toFile()).start();
        List<String> ids = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean killed = false;
            while ((line = out.readLine()) != null) {
                if (line.equals("open")) continue;
                if (!line.startsWith("saving ")) {
                    ids.add(line);
                    continue;
                }
                if (!killed && ids.size() >= n) {
                    if (delay > 0) Thread.sleep(delay);
                    // SIGKILL through the handle: Process.destroyForcibly would also close our end of
                    // the pipe and lose ids the writer printed just before dying
                    p.toHandle().destroyForcibly();
                    killed = true;
                }
            }
        } finally {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(ids).as("writer output; stderr: %s", Files.exists(err) ? Files.readString(err) : "")
                .hasSizeGreaterThanOrEqualTo(n);
        return ids;
    }
}
