package org.faultline.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import org.apache.spark.sql.SparkSession;
import org.faultline.ingest.Article;
import org.faultline.ingest.IngestOptions;
import org.faultline.ingest.IngestOutcome;
import org.faultline.ingest.Ingestor;
import org.faultline.pipeline.Pipeline;

/**
 * Throughput of the Spark runner against the plain pipeline, on the same corpus: the inputs copied
 * under distinct names up to {@code articles} files. Per round: the plain pipeline on one thread
 * (read + process, as the CLI does per article), then the Spark job's processing stage (read,
 * dedup, annotate, code; until every article is processed) with {@code local[1]} and {@code local[2]}.
 * Models load once before measuring (all runs share the JVM's pipeline), so figures are steady-state.
 * Prints figures; asserts nothing.
 */
public final class SparkBench {
    /** One round's articles per second: plain pipeline on one thread, Spark local[1], Spark local[2]. */
    public record Round(double plain, double local1, double local2) {
        public double scaling() { return local2 / local1; }
        /** Spark's cost per core against the plain pipeline: 1 - (local[n] / n) / plain. */
        public double overhead1() { return 1 - local1 / plain; }
        public double overhead2() { return 1 - local2 / 2 / plain; }
    }

    private SparkBench() {}

    public static List<Round> run(List<String> inputs, int articles, int runs, PipelineSpec spec, PrintWriter out) throws IOException {
        Path corpus = Files.createTempDirectory("faultline-bench");
        List<String> sources = ArticleReading.plan(inputs);
        if (sources.isEmpty()) throw new IllegalArgumentException("no input files in " + inputs);
        for (int i = 0; i < articles; i++) {
            Path src = Path.of(sources.get(i % sources.size()));
            Files.copy(src, corpus.resolve(String.format("%04d_%s", i, src.getFileName())));
        }
        out.printf("bench corpus: %d files from %d source(s) in %s; cores: %d%n", articles, sources.size(), corpus,
                Runtime.getRuntime().availableProcessors());
        long t0 = System.nanoTime();
        Pipeline pipeline = ExecutorPipelines.pipeline(spec);
        out.printf("pipeline load: %.1f s%n", (System.nanoTime() - t0) / 1e9);
        List<Round> rounds = new ArrayList<>();
        for (int r = 1; r <= runs; r++) {
            double plain = plain(corpus, pipeline);
            double l1 = spark("local[1]", corpus, spec);
            double l2 = spark("local[2]", corpus, spec);
            Round round = new Round(plain, l1, l2);
            rounds.add(round);
            out.printf("round %d: plain 1 thread %.2f articles/s | spark local[1] %.2f | local[2] %.2f | local[2]/local[1] %.2f"
                            + " | overhead per core: local[1] %.0f%%, local[2] %.0f%%%n",
                    r, plain, l1, l2, round.scaling(), 100 * round.overhead1(), 100 * round.overhead2());
            out.flush();
        }
        return rounds;
    }

    static double plain(Path corpus, Pipeline pipeline) {
        Ingestor ingestor = new Ingestor(IngestOptions.defaults());
        List<String> files = ingestor.plan(List.of(corpus.toString()));
        // warm-up on a few articles, so the JIT state matches the Spark runs that follow
        for (String f : files.subList(0, Math.min(3, files.size()))) readAndProcess(ingestor, f, pipeline);
        long t0 = System.nanoTime();
        int n = 0;
        for (String f : files) n += readAndProcess(ingestor, f, pipeline);
        return n / ((System.nanoTime() - t0) / 1e9);
    }

    private static int readAndProcess(Ingestor ingestor, String file, Pipeline pipeline) {
        int n = 0;
        for (IngestOutcome o : ingestor.read(file, LocalDate.now())) {
            if (o instanceof IngestOutcome.Read r) {
                Article a = r.article();
                pipeline.process(a);
                n++;
            }
        }
        return n;
    }

    static double spark(String master, Path corpus, PipelineSpec spec) throws IOException {
        Path out = Files.createTempDirectory("faultline-bench-out");
        try (SparkSession spark = Sessions.start(master)) {
            JobSummary s = new SparkJob(spark).run(new JobOptions(List.of(corpus.toString()), out, 0,
                    IngestOptions.DEFAULT_MAX_BYTES, spec));
            return s.articlesPerSecond();
        }
    }
}
