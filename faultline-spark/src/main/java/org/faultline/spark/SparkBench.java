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
 * (read + process, as the CLI does per article), then the Spark job's stages 1-2 (read, dedup,
 * annotate, code; until every article is processed) with {@code local[1]} and {@code local[2]}.
 * Models load once before measuring (all runs share the JVM's pipeline), so figures are steady-state.
 * Besides wall-clock articles/s it records the JVM's CPU seconds per article (local mode runs
 * driver and executors in this JVM): on a machine shared with other work, CPU per article is the
 * steadier measure of Spark's overhead, while local[2]/local[1] needs idle cores to mean anything.
 * Prints figures; asserts nothing.
 */
public final class SparkBench {
    /** One round's articles per second: plain pipeline on one thread, Spark local[1], Spark local[2]. */
    public record Round(double plain, double local1, double local2, double plainCpu, double local1Cpu, double local2Cpu) {
        public double scaling() { return local2 / local1; }
        /** Spark's cost per core against the plain pipeline: 1 - (local[n] / n) / plain. */
        public double overhead1() { return 1 - local1 / plain; }
        public double overhead2() { return 1 - local2 / 2 / plain; }
        /** Extra CPU per article under Spark, against the plain pipeline. */
        public double cpuOverhead1() { return local1Cpu / plainCpu - 1; }
        public double cpuOverhead2() { return local2Cpu / plainCpu - 1; }
    }

    /** Articles per second and CPU seconds per article of one measured run. */
    record Rate(double perSecond, double cpuPerArticle) {}

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
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
            Rate plain = plain(corpus, pipeline);
            Rate l1 = spark("local[1]", corpus, spec);
            Rate l2 = spark("local[2]", corpus, spec);
            Round round = new Round(plain.perSecond(), l1.perSecond(), l2.perSecond(), plain.cpuPerArticle(),
                    l1.cpuPerArticle(), l2.cpuPerArticle());
            rounds.add(round);
            out.printf("round %d: plain 1 thread %.2f articles/s | spark local[1] %.2f | local[2] %.2f | local[2]/local[1] %.2f"
                            + " | wall overhead per core: local[1] %.0f%%, local[2] %.0f%%%n",
                    r, plain.perSecond(), l1.perSecond(), l2.perSecond(), round.scaling(), 100 * round.overhead1(), 100 * round.overhead2());
            out.printf("round %d: CPU s/article: plain %.2f | local[1] %.2f (%+.0f%%) | local[2] %.2f (%+.0f%%)%n", r,
                    plain.cpuPerArticle(), l1.cpuPerArticle(), 100 * round.cpuOverhead1(), l2.cpuPerArticle(), 100 * round.cpuOverhead2());
            out.flush();
        }
        return rounds;
    }

    static Rate plain(Path corpus, Pipeline pipeline) {
        Ingestor ingestor = new Ingestor(IngestOptions.defaults());
        List<String> files = ingestor.plan(List.of(corpus.toString()));
        // warm-up on a few articles, so the JIT state matches the Spark runs that follow
        for (String f : files.subList(0, Math.min(3, files.size()))) readAndProcess(ingestor, f, pipeline);
        long t0 = System.nanoTime(), c0 = cpuNanos();
        int n = 0;
        for (String f : files) n += readAndProcess(ingestor, f, pipeline);
        return new Rate(n / ((System.nanoTime() - t0) / 1e9), (cpuNanos() - c0) / 1e9 / n);
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

    static Rate spark(String master, Path corpus, PipelineSpec spec) throws IOException {
        try (SparkSession spark = Sessions.start(master)) {
            SparkJob job = new SparkJob(spark);
            JobOptions options = new JobOptions(List.of(corpus.toString()), corpus, 0, IngestOptions.DEFAULT_MAX_BYTES, spec);
            long t0 = System.nanoTime(), c0 = cpuNanos();
            SparkJob.Stages stages = job.process(options, job.partitions(options));
            long n = stages.processed().filter("kind = 'article'").count();
            Rate rate = new Rate(n / ((System.nanoTime() - t0) / 1e9), (cpuNanos() - c0) / 1e9 / n);
            stages.processed().unpersist();
            stages.read().unpersist();
            return rate;
        }
    }
}
