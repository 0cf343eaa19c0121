package org.faultline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.faultline.ingest.IngestOptions;
import org.faultline.ingest.Ingestor;
import org.faultline.pipeline.CorpusLinker;
import org.faultline.pipeline.IngestJob;
import org.faultline.pipeline.IngestSummary;
import org.faultline.pipeline.Pipeline;
import org.faultline.store.Store;

/**
 * {@code faultline bench --pathological}: generates (never ships) a single-line text of
 * {@code words} words without punctuation, puts it in a folder with a few ordinary articles,
 * and ingests the folder with the real pipeline into a fresh store: the time the batch takes,
 * whether every ordinary article was stored and what problem the pathological one carries.
 * The pipeline is loaded (and timed) before the clock starts.
 */
final class PathologicalBench {
    private PathologicalBench() {}

    static final String[] VOCAB = {"troops", "village", "border", "shelling", "council", "river", "ministry", "convoy",
            "talks", "ceasefire", "road", "night", "statement", "drone", "Armenia", "Azerbaijan", "delegation", "pass"};

    static void run(PrintWriter out, Supplier<Pipeline> pipelines, CorpusLinker linker, int words) throws IOException {
        Path dir = Files.createTempDirectory("faultline-pathological");
        Path in = Files.createDirectories(dir.resolve("in"));
        Random r = new Random(42);
        StringBuilder line = new StringBuilder(words * 8);
        for (int i = 0; i < words; i++) line.append(i == 0 ? "" : " ").append(VOCAB[r.nextInt(VOCAB.length)]);
        Files.writeString(in.resolve("one-line.txt"), line.append('\n'));
        for (int i = 1; i <= 3; i++)
            Files.writeString(in.resolve("ordinary-" + i + ".txt"), "Talks on the border road, round " + i + "\n\n"
                    + "Delegations of the two governments met at the border crossing on Tuesday for round " + i
                    + " of talks on reopening the road, officials said.\nThe ministry said the next meeting would follow within a month.\n");
        out.printf("generated %d words on one line (%.1f MB) and 3 ordinary articles in %s%n", words,
                Files.size(in.resolve("one-line.txt")) / (1024.0 * 1024), in);
        long l0 = System.nanoTime();
        Pipeline pipeline = pipelines.get();
        out.printf("pipeline load: %.1f s%n", (System.nanoTime() - l0) / 1e9);
        out.flush();
        try (Store store = Store.open(dir.resolve("bench.db"))) {
            IngestJob job = new IngestJob(new Ingestor(IngestOptions.defaults()), store, () -> pipeline, 2, linker);
            IngestSummary s = job.run(List.of(in.toString()), new IngestJob.Progress() {});
            out.printf("batch: %d stored, %d failed, %d only partly annotated, %d tokens annotated in %.1f s%n",
                    s.stored(), s.failures().size(), s.cutShort(), s.tokens(), s.elapsed().toMillis() / 1000.0);
            for (String id : store.ids())
                store.findArticle(id).ifPresent(a -> out.printf("  %s: %s%n", a.source().substring(a.source().lastIndexOf('/') + 1),
                        a.problems().isEmpty() ? "stored whole" : String.join("; ", a.problems())));
        }
        out.flush();
    }
}
