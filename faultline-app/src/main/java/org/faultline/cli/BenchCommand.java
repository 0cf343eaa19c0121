package org.faultline.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.faultline.corenlp.AnnotatorBenchmark;
import org.faultline.corenlp.AnnotatorOptions;
import org.faultline.corenlp.BenchmarkResult;
import org.faultline.corenlp.CoreNlpAnnotator;
import org.faultline.events.EventCoder;
import org.faultline.ingest.Article;
import org.faultline.ingest.IngestOptions;
import org.faultline.ingest.IngestOutcome;
import org.faultline.ingest.Ingestor;
import org.faultline.nlp.Doc;
import org.faultline.server.bench.ApiBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code faultline bench}: throughput figures for ingest (read and clean), annotation (CoreNLP)
 * with 1 and 2 threads, and event coding measured apart from annotation, on the bundled samples
 * or given inputs repeated to a corpus of the asked size. Prints figures; asserts nothing.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures ingest, annotation and coding throughput and peak heap; prints the figures.")
final class BenchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CodingOptions coding;

    @Option(names = "--input", paramLabel = "PATH", description = "Articles to use (default: the bundled samples).")
    List<String> inputs;

    @Option(names = "--articles", defaultValue = "200", description = "Corpus size, inputs repeated (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--threads", split = ",", defaultValue = "1,2", description = "Thread counts to measure (default: ${DEFAULT-VALUE}).")
    List<Integer> threads;

    @Option(names = "--coref", description = "Measure with coreference on.")
    boolean coref;

    @Option(names = "--api", description = "Measure the REST API instead: requests/s and p95 latency on a generated store of --api-articles articles.")
    boolean api;

    @Option(names = "--api-articles", split = ",", defaultValue = "5000", description = "Articles in the generated store; "
            + "several sizes (5000,50000) grow one store and measure at each (default: ${DEFAULT-VALUE}).")
    List<Integer> apiArticles;

    @Option(names = "--api-requests", defaultValue = "2000", description = "Measured requests per API scenario (default: ${DEFAULT-VALUE}).")
    int apiRequests;

    @Option(names = "--clients", defaultValue = "8", description = "Concurrent API clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--pathological", description = "Measure a batch holding one generated single-line text of --words words: "
            + "time, and that the other articles are stored whole.")
    boolean pathological;

    @Option(names = "--words", defaultValue = "400000", description = "Words of the --pathological line (default: ${DEFAULT-VALUE}).")
    int words;

    @Option(names = "--link", description = "Measure incremental linking instead: the time to ingest and link "
            + LinkBench.BATCH + " articles into generated stores of --link-sizes articles.")
    boolean link;

    @Option(names = "--link-sizes", split = ",", defaultValue = "0,10000,50000",
            description = "Sizes of the generated stores for --link (default: ${DEFAULT-VALUE}).")
    List<Integer> linkSizes;

    @Option(names = "--link-per-day", defaultValue = "4",
            description = "Generated articles a day for --link: how densely a time window is filled (default: ${DEFAULT-VALUE}).")
    int linkPerDay;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (link) {
            LinkBench.run(out, new PipelineFactory(AnnotatorOptions.defaults(), coding), coding.corpusLinker(), linkSizes, linkPerDay);
            return 0;
        }
        if (pathological) {
            PathologicalBench.run(out, new PipelineFactory(AnnotatorOptions.defaults(), coding), coding.corpusLinker(), words);
            return 0;
        }
        if (api) {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("faultline-api-bench");
            ApiBench.run(dir, new ApiBench.Config(apiArticles.get(0), clients, apiRequests), apiArticles, r -> {
                out.print(r.format());
                out.flush();
            });
            out.flush();
            return 0;
        }
        List<String> sources = inputs == null || inputs.isEmpty() ? List.of(DemoCommand.extractSamples().toString()) : inputs;
        Ingestor ingestor = new Ingestor(IngestOptions.defaults());
        long t0 = System.nanoTime();
        List<Article> read = new ArrayList<>();
        for (IngestOutcome o : ingestor.ingestAll(sources)) if (o instanceof IngestOutcome.Read r) read.add(r.article());
        double ingestSeconds = (System.nanoTime() - t0) / 1e9;
        if (read.isEmpty()) throw new IllegalArgumentException("no article could be read from " + sources);
        out.printf("ingest (read + clean + dedup): %d articles in %.2f s = %.0f articles/s (cold, first run)%n",
                read.size(), ingestSeconds, read.size() / ingestSeconds);

        List<String> texts = new ArrayList<>();
        for (int i = 0; i < articles; i++) texts.add(read.get(i % read.size()).text());
        long l0 = System.nanoTime();
        CoreNlpAnnotator annotator = new CoreNlpAnnotator(AnnotatorOptions.defaults().withCoref(coref));
        out.printf("CoreNLP load: %.1f s%n", (System.nanoTime() - l0) / 1e9);
        AnnotatorBenchmark.run(annotator, texts.subList(0, Math.min(10, texts.size())), 1); // JIT warm-up
        BenchmarkResult last = null;
        for (int n : threads) {
            System.gc();
            last = AnnotatorBenchmark.run(annotator, texts, n);
            out.println("annotate: " + last.summary());
            out.flush();
        }

        EventCoder coder = coding.coder();
        List<Doc> docs = new ArrayList<>();
        long tokens = 0;
        for (int i = 0; i < read.size(); i++) {
            Doc d = annotator.annotate("bench-" + i, read.get(i).text(), read.get(i).published());
            docs.add(d);
            tokens += d.tokenCount();
        }
        coder.codeTimed(docs); // warm-up
        int rounds = Math.max(1, articles / docs.size());
        long nanos = 0;
        int events = 0;
        for (int r = 0; r < rounds; r++) {
            EventCoder.CodingRun run = coder.codeTimed(docs);
            nanos += run.nanos();
            events += run.eventCount();
        }
        double codeSeconds = nanos / 1e9;
        double codedTokens = (double) tokens * rounds;
        double codingTokensPerSecond = codedTokens / codeSeconds;
        out.printf("code events: %d docs x %d rounds, %.0f tokens, %d events in %.2f s = %.0f tokens/s (1 thread)%n",
                docs.size(), rounds, codedTokens, events, codeSeconds, codingTokensPerSecond);
        if (last != null) {
            double annotatePerToken = last.cpuSeconds() / last.tokens();
            double codePerToken = codeSeconds / codedTokens;
            out.printf("coding adds %.1f%% to annotation CPU time per token (target < 10%%)%n", 100 * codePerToken / annotatePerToken);
            double learned = LearnedCost.secondsPerToken(coder, docs, rounds, tokens);
            out.printf("learned parts (quad model check) add %.2f%% to annotation CPU time per token (target <= 15%%)%n",
                    100 * learned / annotatePerToken);
            out.printf("learned role step adds %.2f%% to annotation CPU time per token (target < 15%%)%n",
                    100 * LearnedRolesBench.extraNanosPerToken(coding, docs, rounds, tokens) / 1e9 / annotatePerToken);
        }
        out.printf("peak heap (JVM-wide): %d MB of max %d MB%n",
                ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                        .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        out.flush();
        return 0;
    }
}
