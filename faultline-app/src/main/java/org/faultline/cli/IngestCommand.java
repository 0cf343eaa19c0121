package org.faultline.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.time.Duration;
import org.faultline.corenlp.AnnotationBudget;
import org.faultline.corenlp.AnnotatorOptions;
import org.faultline.ingest.IngestOptions;
import org.faultline.ingest.Ingestor;
import org.faultline.pipeline.IngestJob;
import org.faultline.pipeline.IngestSummary;
import org.faultline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code faultline ingest PATH...}: read, clean, annotate, code and store articles. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Ingests files, folders (recursively) and http(s) URLs: plain text, HTML, RSS/Atom feeds, JSON Lines.",
                "Writes each new article (original and clean text, annotation, events, claims) into the database (--db, created if",
                "missing), then recomputes incidents, contradictions and commitments there. Nothing else is written.",
                "Re-running on the same inputs adds nothing. Exit status 1 when any input failed."})
final class IngestCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption store;
    @Mixin CodingOptions coding;

    @Parameters(arity = "1..*", paramLabel = "PATH|URL", description = "Files, folders or http(s) URLs.")
    List<String> inputs;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date for every article read (overrides metadata).")
    LocalDate published;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "10485760", description = "Size limit per input (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "Annotation threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--coref", description = "Also run coreference resolution (about 4x slower).")
    boolean coref;

    @Option(names = "--allow-private-urls",
            description = "Let URLs reach loopback, private and link-local addresses (off: such URLs are refused).")
    boolean allowPrivateUrls;

    @Option(names = "--max-sentence-tokens", paramLabel = "N", defaultValue = "150",
            description = "Longer sentences are cut at safe points before tagging and parsing (default: ${DEFAULT-VALUE}).")
    int maxSentenceTokens;

    @Option(names = "--max-document-tokens", paramLabel = "N", defaultValue = "10000",
            description = "Annotation of an article stops here; the article keeps its text and says where it stopped (default: ${DEFAULT-VALUE}).")
    int maxDocumentTokens;

    @Option(names = "--annotation-seconds", paramLabel = "S", defaultValue = "30",
            description = "Last-guard budget per article in CPU seconds, checked between chunks of sentences (default: ${DEFAULT-VALUE}).")
    int annotationSeconds;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    private AnnotationBudget budget() {
        try {
            return AnnotationBudget.defaults().withMaxSentenceTokens(maxSentenceTokens)
                    .withMaxDocumentTokens(maxDocumentTokens).withTimeBudget(Duration.ofSeconds(annotationSeconds));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "invalid annotation budget: " + e.getMessage());
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        IngestOptions options = IngestOptions.defaults().withMaxBytes(maxBytes).withPublishedOverride(published)
                .withAllowPrivateUrls(allowPrivateUrls);
        IngestSummary summary;
        String where; // the database as Store shows it: a URL without its password
        try (Store db = store.open(); IngestProgressBar progress = new IngestProgressBar(err, quiet)) {
            where = db.location();
            IngestJob job = new IngestJob(new Ingestor(options), db,
                    new PipelineFactory(AnnotatorOptions.defaults().withCoref(coref).withBudget(budget()), coding), threads,
                    coding.corpusLinker());
            summary = job.run(inputs, progress);
        }
        SummaryPrinter.print(out, summary, where);
        return summary.failed() ? 1 : 0;
    }
}
