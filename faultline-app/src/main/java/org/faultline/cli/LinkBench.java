package org.faultline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.faultline.ingest.IngestOptions;
import org.faultline.ingest.Ingestor;
import org.faultline.pipeline.CorpusLinker;
import org.faultline.pipeline.IngestJob;
import org.faultline.pipeline.IngestSummary;
import org.faultline.pipeline.Pipeline;
import org.faultline.pipeline.SpreadStore;
import org.faultline.store.Store;

/**
 * {@code faultline bench --link}: the time to ingest (read, annotate, code, store) and link a batch
 * of 10 new articles into stores of several sizes. Each store is generated fast
 * ({@link SpreadStore}: articles saved directly, spread back in time at a fixed rate a day, then
 * linked in full, untimed); the batch goes through the real pipeline and {@link IngestJob}, which
 * links only the batch's time window ({@link CorpusLinker#linkNew}); two batches a size, the faster kept
 * (noise from other processes only adds). Prints per size the total, the
 * linking part and how many articles the link read, then the ratio of the largest total to the
 * smallest (goal: at most 2). The pipeline is loaded, and warmed up on one batch, before timing.
 */
final class LinkBench {
    static final int BATCH = 10;
    /** The day the new batch is published; generated stores end the day before. */
    static final LocalDate END = LocalDate.of(2026, 6, 30);

    private LinkBench() {}

    /** One size's measurement. */
    record Row(int storeArticles, double fillSeconds, double relinkSeconds, double ingestSeconds, double linkSeconds, int articlesRead,
               int stored, double dedupLoadSeconds) {}

    static List<Row> run(PrintWriter out, Supplier<Pipeline> pipelines, CorpusLinker linker, List<Integer> sizes, int perDay)
            throws IOException {
        Path dir = Files.createTempDirectory("faultline-link-bench");
        Path batch = writeBatch(dir.resolve("batch.jsonl"), "bench-new-", END);
        Path again = writeBatch(dir.resolve("again.jsonl"), "bench-again-", END.plusDays(1));
        long l0 = System.nanoTime();
        Pipeline pipeline = pipelines.get();
        out.printf("pipeline load: %.1f s; stores spread at %d articles a day back from %s; batches of %d articles dated %s and the day after (the faster kept)%n",
                (System.nanoTime() - l0) / 1e9, perDay, END.minusDays(1), BATCH, END);
        out.flush();
        measure(dir.resolve("warmup.db"), batch, again, pipeline, linker, 0, perDay); // JIT and CoreNLP caches warm
        List<Row> rows = new ArrayList<>();
        for (int size : sizes) {
            Row r = measure(dir.resolve("store-" + size + ".db"), batch, again, pipeline, linker, size, perDay);
            rows.add(r);
            out.printf(Locale.ROOT, "store of %,d articles (generated in %.1f s, linked in full in %.1f s): ingest+link %d articles %.2f s, "
                            + "of which link %.3f s reading %d articles; loading the near-duplicate index alone takes %.2f s%n",
                    r.storeArticles(), r.fillSeconds(), r.relinkSeconds(), r.stored(), r.ingestSeconds(), r.linkSeconds(), r.articlesRead(),
                    r.dedupLoadSeconds());
            out.flush();
        }
        double lo = rows.stream().mapToDouble(Row::ingestSeconds).min().orElse(0);
        double hi = rows.stream().mapToDouble(Row::ingestSeconds).max().orElse(0);
        out.printf(Locale.ROOT, "ratio largest/smallest ingest+link time: %.2f (goal <= 2)%n", lo == 0 ? 0 : hi / lo);
        out.flush();
        return rows;
    }

    /**
     * Fills a store of {@code size}, then ingests two batches one after the other (the second dated a day
     * later) and keeps the faster: the machine's noise (other processes) only ever adds time.
     */
    private static Row measure(Path db, Path batch, Path again, Pipeline pipeline, CorpusLinker linker, int size, int perDay) {
        try (Store store = Store.open(db)) {
            long f0 = System.nanoTime();
            SpreadStore.fill(store, size, END, perDay, null);
            double fill = (System.nanoTime() - f0) / 1e9;
            long r0 = System.nanoTime();
            if (size > 0) linker.relink(store);
            double relink = (System.nanoTime() - r0) / 1e9;
            Row best = null;
            for (Path b : List.of(batch, again)) {
                IngestJob job = new IngestJob(new Ingestor(IngestOptions.defaults()), store, () -> pipeline, 2, linker);
                IngestSummary s = job.run(List.of(b.toString()), new IngestJob.Progress() {});
                if (s.stored() != BATCH) throw new IllegalStateException("the batch stored " + s.stored() + " of " + BATCH + " articles: " + s.failures());
                CorpusLinker.Summary links = s.links();
                // what the ingest spends before reading anything: every stored fingerprint into the near-duplicate index
                long d0 = System.nanoTime();
                org.faultline.ingest.dedup.DuplicateIndex seed = new org.faultline.ingest.dedup.DuplicateIndex();
                store.forEachOriginalFingerprint(f -> seed.add(f.id(), f.contentHash(), f.fingerprint()));
                double dedup = (System.nanoTime() - d0) / 1e9;
                Row r = new Row(size, fill, relink, s.elapsed().toNanos() / 1e9, links.elapsed().toNanos() / 1e9, links.articlesRead(),
                        s.stored(), dedup);
                if (best == null || r.ingestSeconds() < best.ingestSeconds()) best = r;
            }
            return best;
        }
    }

    /** Ten invented reports of the same border dyad as the generated stores, as JSON lines with their publication day. */
    static Path writeBatch(Path file, String idPrefix, LocalDate published) throws IOException {
        ObjectMapper json = new ObjectMapper();
        String[] places = {"Kestrel Ridge", "Harran Pass", "Dolmen Valley", "Oskel Heights", "the Sarnet bridge"};
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < BATCH; i++) {
            String place = places[i % places.length];
            ObjectNode o = json.createObjectNode();
            o.put("id", idPrefix + i);
            o.put("url", "https://desk" + (i % 3) + ".example.org/" + idPrefix + i);
            o.put("title", "Shelling reported near " + place + " (" + (i + 1) + ")");
            o.put("published", published.toString());
            o.put("text", "Azerbaijani troops shelled Armenian positions near " + place + " on Monday, the defence ministry in Yerevan said.\n\n"
                    + "Armenia accused Azerbaijan of breaking the ceasefire and said " + (i + 2) + " soldiers were wounded.\n\n"
                    + "Baku denied the accusation and said its units had returned fire after an attack on a post at "
                    + place + ".\n\nEnvoys from France proposed new talks between the two governments in Paris.");
            lines.append(json.writeValueAsString(o)).append('\n');
        }
        Files.writeString(file, lines);
        return file;
    }
}
