package org.faultline.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.faultline.corenlp.AnnotatorOptions;
import org.faultline.ingest.IngestOptions;
import org.faultline.ingest.Ingestor;
import org.faultline.pipeline.IngestJob;
import org.faultline.pipeline.IngestSummary;
import org.faultline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code faultline demo}: ingests the sample articles bundled in the jar (a web page, a feed, JSON
 * Lines, a hard-wrapped PDF copy, a blog post with its boilerplate, a near-duplicate) and prints
 * what came out, so a newcomer sees the whole flow with one command.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingests the bundled sample articles into a demo database (--db, default faultline-demo.db) and prints a readable summary.")
final class DemoCommand implements Callable<Integer> {
    private static final String SAMPLES = "/samples/";

    @Spec CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "faultline-demo.db",
            description = "Database to ingest into (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = extractSamples();
        out.println("Ingesting the bundled sample articles from " + dir + " into " + db + " ...");
        out.flush();
        IngestSummary summary;
        try (Store store = Store.open(db); IngestProgressBar progress = new IngestProgressBar(spec.commandLine().getErr(), quiet)) {
            CodingOptions coding = new CodingOptions();
            IngestJob job = new IngestJob(new Ingestor(IngestOptions.defaults()), store,
                    new PipelineFactory(AnnotatorOptions.defaults(), coding), 2, coding.corpusLinker());
            summary = job.run(List.of(dir.toString()), progress);
        }
        SummaryPrinter.print(out, summary, db.toString());
        try (Store store = Store.open(db)) {
            new DemoReport(out, store).print();
        }
        out.println();
        out.println("Next: faultline articles --db " + db + " | faultline articles show ID --removed --db " + db
                + " | faultline events --db " + db + " | faultline search \"ceasefire\" --db " + db);
        out.flush();
        return summary.failed() ? 1 : 0;
    }

    /**
     * Copies the samples listed in the jar's index to a fixed folder under the temporary directory.
     * The folder is the same on every run because article ids derive from the source path: a
     * second demo into the same database must find its articles already stored.
     */
    static Path extractSamples() throws IOException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "faultline-samples");
        Files.createDirectories(dir);
        for (String name : sampleNames()) {
            try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLES + name)) {
                if (in == null) throw new IllegalStateException("sample " + name + " listed in the index is missing from the jar");
                Files.copy(in, dir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir;
    }

    static List<String> sampleNames() {
        try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLES + "index.txt")) {
            if (in == null) throw new IllegalStateException("the jar has no sample index " + SAMPLES + "index.txt");
            List<String> names = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) names.add(s);
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
