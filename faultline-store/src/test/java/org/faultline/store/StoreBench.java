package org.faultline.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.faultline.events.Event;
import org.faultline.events.Factuality;
import org.faultline.ingest.Article;
import org.faultline.nlp.Doc;

/**
 * Measures the store, not a test: insert rate of annotated articles with events, search
 * latency, and a few reads, over a few thousand invented articles. Run by hand:
 * {@code java -cp <test classpath> org.faultline.store.StoreBench [articles] [dir | postgresql://...]};
 * a PostgreSQL URL must name an empty database (or add {@code ?currentSchema=} an empty schema).
 */
public final class StoreBench {
    private StoreBench() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        boolean pg = args.length > 1 && PostgresUrl.matches(args[1]);
        Path dir = args.length > 1 && !pg ? Path.of(args[1]) : Files.createTempDirectory("storebench");
        Path db = dir.resolve("bench.db");
        Files.deleteIfExists(db);
        String location = pg ? args[1] : db.toString();
        List<Article> articles = new ArrayList<>();
        List<Doc> docs = new ArrayList<>();
        List<List<Event>> events = new ArrayList<>();
        long tokens = 0;
        long sentences = 0;
        for (int i = 0; i < n; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < 8; k++) text.append(Fixtures.filler(i * 17 + k)).append(' ');
            Article a = Fixtures.article("bench-" + i, "Report " + i + " on " + Fixtures.filler(i).substring(13, 30), text.toString().strip());
            Doc d = Fixtures.doc(a);
            articles.add(a);
            docs.add(d);
            tokens += d.tokenCount();
            sentences += d.sentences().size();
            List<Event> evs = new ArrayList<>();
            for (int k = 0; k < 6; k++)
                evs.add(Fixtures.event(a.id(), k, k % 3 == 0 ? "ASSAULT" : "CONSULT", k % 2 == 0 ? "NVL" : "EMR",
                        k % 2 == 0 ? "EMR" : "NVL", LocalDate.of(2023, 1 + i % 12, 1 + k).toString(), Factuality.ASSERTED));
            events.add(evs);
        }
        try (Store store = Store.open(location)) {
            java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) store.save(articles.get(i), docs.get(i), events.get(i));
            double secs = (System.nanoTime() - t0) / 1e9;
            double cpuSecs = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
            System.out.printf("save: %d articles (%d sentences, %d tokens, %d events) in %.2f s = %.0f articles/s, %.0f sentences/s"
                    + " (CPU %.2f s = %.1f ms/article; the rest is fsync and waiting)%n",
                    n, sentences, tokens, n * 6L, secs, n / secs, sentences / secs, cpuSecs, cpuSecs * 1000 / n);

            t0 = System.nanoTime();
            for (int i = 0; i < n; i += 10) store.save(articles.get(i), docs.get(i), events.get(i));
            secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf("re-save (replace) of %d: %.0f articles/s%n", n / 10, (n / 10) / secs);

            String[] queries = {"water rights", "Northvale", "spokesperson said", "\"technical teams\"", "postponed OR welcomed",
                    "Eastmarch delegates", "meeting statement", "Riverton", "crit*", "Ashford Lowmoor"};
            for (String q : queries) store.search(q, 10); // warm up
            double[] ms = new double[200];
            for (int i = 0; i < ms.length; i++) {
                long s = System.nanoTime();
                store.search(queries[i % queries.length], 10);
                ms[i] = (System.nanoTime() - s) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf("search (limit 10): median %.1f ms, p95 %.1f ms, max %.1f ms%n", ms[100], ms[190], ms[199]);

            double[] ld = new double[200];
            for (int i = 0; i < ld.length; i++) {
                long s = System.nanoTime();
                store.loadDoc("bench-" + (i * 7 % n));
                ld[i] = (System.nanoTime() - s) / 1e6;
            }
            Arrays.sort(ld);
            System.out.printf("loadDoc: median %.2f ms, p95 %.2f ms%n", ld[100], ld[190]);

            EventQuery q = EventQuery.all().dyad("NVL", "EMR").type("ASSAULT")
                    .between(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 5, 31));
            store.events(q); // warm up
            long s = System.nanoTime();
            List<Event> dyad = store.events(q);
            System.out.printf("events dyad+type+range: %d events in %.1f ms%n", dyad.size(), (System.nanoTime() - s) / 1e6);
            s = System.nanoTime();
            List<Event> page = store.events(q.page(50, 100));
            System.out.printf("events same filter, page of %d: %.1f ms%n", page.size(), (System.nanoTime() - s) / 1e6);
            s = System.nanoTime();
            long counted = store.countEvents(EventQuery.all().involving("EMR"));
            System.out.printf("countEvents involving: %d in %.1f ms%n", counted, (System.nanoTime() - s) / 1e6);
            s = System.nanoTime();
            StoreStats st = store.stats();
            System.out.printf("stats: %.1f ms (%d tokens)%n", (System.nanoTime() - s) / 1e6, st.tokens());
            s = System.nanoTime();
            long[] count = {0};
            store.forEachArticle(a -> count[0]++);
            store.forEachEvent(e -> count[0]++);
            System.out.printf("export scan of %d records: %.0f ms%n", count[0], (System.nanoTime() - s) / 1e6);
        }
        if (pg) return;
        System.out.printf("file: %.1f MB (+ WAL %.1f MB)%n", Files.size(db) / 1e6,
                Files.exists(dir.resolve("bench.db-wal")) ? Files.size(dir.resolve("bench.db-wal")) / 1e6 : 0.0);
    }
}
