package org.faultline.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.faultline.claims.Claim;
import org.faultline.claims.Contradiction;
import org.faultline.claims.ContradictionKind;
import org.faultline.claims.Stance;
import org.faultline.commitments.Commitment;
import org.faultline.commitments.CommitmentStatus;
import org.faultline.events.Event;
import org.faultline.events.Factuality;
import org.faultline.incidents.Incident;
import org.faultline.ingest.Article;

/**
 * Measures the V5 reads and the read path under a concurrent writer, not a test. Run by hand:
 * {@code java -cp <test classpath> org.faultline.store.LinksBench [articles] [dir]}.
 */
public final class LinksBench {
    private LinksBench() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("linksbench");
        Path db = dir.resolve("links.db");
        Files.deleteIfExists(db);
        try (Store store = Store.open(db)) {
            List<Incident> incidents = new ArrayList<>();
            List<Contradiction> contradictions = new ArrayList<>();
            List<Commitment> commitments = new ArrayList<>();
            Map<String, String> byEvent = new HashMap<>();
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                String id = "b" + i;
                Article a = Fixtures.article(id, "Report " + i, Fixtures.filler(i) + " " + Fixtures.filler(i + 1));
                List<Event> evs = new ArrayList<>();
                for (int k = 0; k < 6; k++)
                    evs.add(Fixtures.event(id, k, "ASSAULT", k % 2 == 0 ? "NVL" : "EMR", k % 2 == 0 ? "EMR" : "NVL",
                            LocalDate.of(2023, 1, 1).plusDays((i + k) % 365).toString(), Factuality.ASSERTED));
                List<Claim> cls = List.of(LinkFixtures.claim(id, 0, "NVL", Stance.ACCUSE, "EMR", "they fired first " + i),
                        LinkFixtures.claim(id, 1, "EMR", Stance.DENY, "NVL", "we did not fire " + i));
                store.save(a, Fixtures.doc(a), evs, cls);
                // each incident groups the same event slot of two neighbouring articles
                if (i % 2 == 1) {
                    for (int k = 0; k < 6; k++) {
                        String inc = "inc-" + i + "-" + k;
                        incidents.add(LinkFixtures.incident(inc, "NVL", "EMR", "ASSAULT", evs.get(k).date(), null, 2,
                                "b" + (i - 1) + "-e" + k, id + "-e" + k));
                        byEvent.put("b" + (i - 1) + "-e" + k, inc);
                        byEvent.put(id + "-e" + k, inc);
                    }
                    contradictions.add(LinkFixtures.contradiction("k" + i, cls.get(0), cls.get(1), "inc-" + i + "-0",
                            ContradictionKind.ACCUSATION_DENIAL));
                }
                if (i % 10 == 0) commitments.add(LinkFixtures.commitment("m" + i, "proposal", List.of("NVL", "EMR"),
                        CommitmentStatus.PROPOSED, CommitmentStatus.AGREED));
            }
            System.out.printf("save %d articles with 6 events + 2 claims: %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
            t0 = System.nanoTime();
            store.replaceLinks(incidents, byEvent, contradictions, commitments);
            System.out.printf("replaceLinks (%d incidents, %d contradictions, %d commitments, %d events linked): %.0f ms%n",
                    incidents.size(), contradictions.size(), commitments.size(), byEvent.size(), (System.nanoTime() - t0) / 1e6);

            time("claims speaker+stance page 50", () -> store.claims(ClaimQuery.all().speakerCountry("EMR").stance(Stance.DENY).page(50, 500)));
            time("claims contested page 50", () -> store.claims(ClaimQuery.all().contested().page(50, 500)));
            time("countClaims contested", () -> store.countClaims(ClaimQuery.all().contested()));
            time("contested pairs page 50", () -> store.contradictions(ContradictionQuery.all().involving("NVL").page(50, 200)));
            time("incidents dyad+range page 50", () -> store.incidents(IncidentQuery.all().dyad("NVL", "EMR")
                    .between(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 6, 30)).minSources(2).page(50, 0)));
            time("commitments party+status", () -> store.commitments(CommitmentQuery.all().party("EMR").status(CommitmentStatus.AGREED)));
            time("dailyAggregates both directions", () -> store.dailyAggregates("NVL", "EMR", true));
            time("dyads(10)", () -> store.dyads(10));

            EventQuery page = EventQuery.all().dyad("NVL", "EMR").between(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 8, 31)).page(50, 100);
            time("events dyad+range page 50 (1 thread)", () -> store.events(page));
            System.out.printf("events page, 4 readers, idle store:   %s%n", readLatency(store, page, null));
            System.out.printf("events page, 4 readers, busy writer:  %s%n", readLatency(store, page, () -> {
                for (int i = 0; i < 30; i++) {
                    Article a = Fixtures.article("w" + i + "-" + System.nanoTime(), "W", Fixtures.filler(i));
                    store.save(a, Fixtures.doc(a), List.of());
                }
                store.replaceLinks(incidents, byEvent, contradictions, commitments);
            }));
        }
    }

    private static void time(String what, Supplier<?> read) {
        read.get();
        double[] ms = new double[21];
        Object last = null;
        for (int i = 0; i < ms.length; i++) {
            long s = System.nanoTime();
            last = read.get();
            ms[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(ms);
        String size = last instanceof List<?> l ? l.size() + " rows" : String.valueOf(last);
        System.out.printf("%-36s median %6.2f ms, max %6.2f ms (%s)%n", what, ms[10], ms[20], size);
    }

    /** p50/p95/max of event-page reads by 4 threads, while {@code writer} (if any) runs in a loop. */
    private static String readLatency(Store store, EventQuery q, Runnable writer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(5);
        AtomicBoolean running = new AtomicBoolean(true);
        Future<?> w = writer == null ? null : pool.submit(() -> { while (running.get()) writer.run(); });
        List<Future<double[]>> readers = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            readers.add(pool.submit(() -> {
                double[] ms = new double[250];
                for (int i = 0; i < ms.length; i++) {
                    long s = System.nanoTime();
                    store.events(q);
                    ms[i] = (System.nanoTime() - s) / 1e6;
                }
                return ms;
            }));
        }
        double[] all = new double[0];
        for (Future<double[]> f : readers) {
            double[] part = f.get();
            double[] merged = Arrays.copyOf(all, all.length + part.length);
            System.arraycopy(part, 0, merged, all.length, part.length);
            all = merged;
        }
        running.set(false);
        if (w != null) w.get();
        pool.shutdown();
        Arrays.sort(all);
        return String.format("p50 %.2f ms, p95 %.2f ms, max %.1f ms over %d reads", all[all.length / 2],
                all[all.length * 95 / 100], all[all.length - 1], all.length);
    }
}
