package org.faultline.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code faultline spark}: runs {@link SparkJob} locally or under {@code spark-submit}
 * ({@code --class org.faultline.spark.SparkMain}), or measures throughput with {@code --bench}
 * ({@link SparkBench}). A main class of its own, since faultline-app cannot depend on this module.
 */
@Command(name = "faultline spark", mixinStandardHelpOptions = true,
        description = {"Runs the pipeline and the corpus steps on Apache Spark; writes Parquet tables and contract JSON Lines.",
                "Load the output into a store with 'faultline import DIR'."})
public final class SparkMain implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--input", paramLabel = "PATH", description = "Files, folders or URLs (repeatable). Executors must see the same paths.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--output", paramLabel = "DIR", description = "Output folder (Parquet tables and *.jsonl).")
    Path output;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. local[2] (default: spark-submit's, else local[*]).")
    String master;

    @Option(names = "--partitions", defaultValue = "0", description = "Partitions for annotation (default: 2 x cores).")
    int partitions;

    @Option(names = "--max-bytes", defaultValue = "10485760", description = "Size limit per input (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--coref", description = "Also run coreference resolution (about 4x slower).")
    boolean coref;

    @Option(names = "--actors", paramLabel = "FILE", description = "Extra actor dictionary file(s), readable by every executor.")
    List<String> actorFiles = new ArrayList<>();

    @Option(names = "--places", paramLabel = "FILE", description = "Extra gazetteer file(s), readable by every executor.")
    List<String> placeFiles = new ArrayList<>();

    @Option(names = "--bench", description = "Measure articles/s with local[1] and local[2] against the plain pipeline instead of running a job.")
    boolean bench;

    @Option(names = "--articles", defaultValue = "100", description = "Bench corpus size, inputs repeated (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--runs", defaultValue = "2", description = "Bench rounds (default: ${DEFAULT-VALUE}).")
    int runs;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PipelineSpec pipeline = new PipelineSpec(coref, actorFiles, placeFiles);
        if (bench) {
            if (inputs.isEmpty()) throw new CommandLine.ParameterException(spec.commandLine(), "--bench needs --input (e.g. a folder of articles)");
            SparkBench.run(inputs, articles, runs, pipeline, out);
            return 0;
        }
        if (inputs.isEmpty()) throw new CommandLine.ParameterException(spec.commandLine(), "missing --input PATH");
        if (output == null) throw new CommandLine.ParameterException(spec.commandLine(), "missing --output DIR");
        JobOptions options = new JobOptions(inputs, output, partitions, maxBytes, pipeline);
        try (SparkSession spark = Sessions.start(master)) {
            JobSummary s = new SparkJob(spark).run(options);
            out.printf("%d article(s) -> %d event(s), %d claim(s), %d incident(s), %d contradiction(s), %d tension row(s); %d reject(s)%n",
                    s.articles(), s.events(), s.claims(), s.incidents(), s.contradictions(), s.tensionRows(), s.rejects());
            out.printf("processing %.1f s (%.2f articles/s), total %.1f s -> %s%n", s.processing().toMillis() / 1000.0,
                    s.articlesPerSecond(), s.elapsed().toMillis() / 1000.0, output);
            out.flush();
            return s.rejects() > 0 ? 1 : 0;
        }
    }
}
