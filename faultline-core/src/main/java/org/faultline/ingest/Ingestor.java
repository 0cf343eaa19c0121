package org.faultline.ingest;

import org.faultline.ingest.clean.TextCleaner;
import org.faultline.ingest.dedup.DuplicateIndex;
import org.faultline.ingest.read.FeedReader;
import org.faultline.ingest.read.HtmlReader;
import org.faultline.ingest.read.JsonlReader;
import org.faultline.ingest.read.ReadBatch;
import org.faultline.ingest.read.TextReader;
import org.faultline.ingest.source.FileLoader;
import org.faultline.ingest.source.FormatDetector;
import org.faultline.ingest.source.HttpFetcher;
import org.faultline.ingest.source.InputExpander;
import org.faultline.ingest.source.InputFormat;
import org.faultline.ingest.source.LoadedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Front door of ingest: reads files, folders (recursively) and http(s) URLs of plain text, HTML,
 * RSS/Atom feeds and JSON Lines into cleaned {@link Article}s, linking duplicates through a
 * {@link DuplicateIndex}. Every input that cannot be read yields exactly one
 * {@link IngestOutcome.Failed} naming it and the reason; the other inputs go on.
 *
 * <pre>{@code
 * Ingestor ingestor = new Ingestor(IngestOptions.defaults());
 * DuplicateIndex dupes = new DuplicateIndex();            // seed with stored articles: dupes.add(id, text)
 * ingestor.ingest(List.of("articles/", "https://example.org/feed.xml"), dupes, listener);
 * }</pre>
 * Loading the word list makes construction take a few tens of milliseconds: build one and reuse it.
 * Thread-safe: several threads may call {@link #ingest} with their own inputs.
 */
public final class Ingestor {
    private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);

    private final IngestOptions options;
    private final FileLoader files;
    private final HttpFetcher http;
    private final ArticleAssembler assembler;
    private final TextReader textReader = new TextReader();
    private final HtmlReader htmlReader = new HtmlReader();
    private final FeedReader feedReader = new FeedReader();
    private final JsonlReader jsonlReader = new JsonlReader(htmlReader);

    public Ingestor(IngestOptions options) {
        this(options, TextCleaner.bundled());
    }

    public Ingestor(IngestOptions options, TextCleaner cleaner) {
        this.options = Objects.requireNonNull(options, "options");
        this.files = new FileLoader(options.maxBytes());
        this.http = new HttpFetcher(options.connectTimeout(), options.requestTimeout(), options.maxBytes(),
                new org.faultline.ingest.source.AddressGuard(options.allowPrivateUrls()));
        this.assembler = new ArticleAssembler(Objects.requireNonNull(cleaner, "cleaner"), options.publishedOverride());
    }

    /** The sources the inputs expand to (folders walked), in the order they will be read. */
    public List<String> plan(List<String> inputs) {
        Objects.requireNonNull(inputs, "inputs");
        return InputExpander.expand(inputs);
    }

    /**
     * Reads every input, reporting each outcome to {@code listener} as soon as it is ready.
     *
     * @param inputs   file paths, folder paths and http(s) URLs
     * @param dupes    index of articles already known; new articles are linked against it and added
     * @param listener progress and outcome callback
     */
    public void ingest(List<String> inputs, DuplicateIndex dupes, IngestListener listener) {
        Objects.requireNonNull(dupes, "dupes");
        Objects.requireNonNull(listener, "listener");
        List<String> sources = plan(inputs);
        listener.planned(sources.size());
        LocalDate today = LocalDate.now();
        for (int i = 0; i < sources.size(); i++) {
            String source = sources.get(i);
            for (IngestOutcome outcome : read(source, today)) {
                if (outcome instanceof IngestOutcome.Read r) {
                    outcome = new IngestOutcome.Read(r.input(), dupes.link(r.article()));
                }
                listener.outcome(outcome);
            }
            listener.sourceDone(source, i + 1, sources.size());
        }
    }

    /** Reads every input with a fresh duplicate index and returns all outcomes. */
    public List<IngestOutcome> ingestAll(List<String> inputs) {
        List<IngestOutcome> out = new ArrayList<>();
        ingest(inputs, new DuplicateIndex(), new IngestListener() {
            @Override
            public void outcome(IngestOutcome outcome) {
                out.add(outcome);
            }
        });
        return out;
    }

    /** Reads one source (a file or URL, not a folder) without duplicate linking. */
    public List<IngestOutcome> read(String source, LocalDate today) {
        LoadedText loaded;
        try {
            loaded = load(source);
        } catch (InputException e) {
            return List.of(new IngestOutcome.Failed(source, e.getMessage()));
        }
        return read(source, loaded, today);
    }

    /**
     * Reads text the caller already loaded (a watcher's conditional GET, for one) as if it came
     * from {@code source}: detects its format, reads and cleans its documents.
     */
    public List<IngestOutcome> read(String source, LoadedText loaded, LocalDate today) {
        Objects.requireNonNull(loaded, "loaded");
        try {
            InputFormat format = FormatDetector.detect(source, loaded.contentType(), loaded.text());
            String baseUrl = InputExpander.isUrl(source) ? loaded.location() : null;
            ReadBatch batch = switch (format) {
                case TEXT -> ReadBatch.of(textReader.read(source, loaded.text(), loaded.problems()));
                case HTML -> ReadBatch.of(htmlReader.read(source, loaded.text(), baseUrl, loaded.problems()));
                case FEED -> feedReader.read(source, loaded.text(), loaded.problems());
                case JSONL -> jsonlReader.read(source, loaded.text(), loaded.problems());
            };
            List<IngestOutcome> out = new ArrayList<>(batch.failures());
            for (RawDocument doc : batch.documents()) {
                try {
                    out.add(new IngestOutcome.Read(doc.source(), assembler.assemble(doc, today)));
                } catch (InputException e) {
                    out.add(new IngestOutcome.Failed(doc.source(), e.getMessage()));
                } catch (RuntimeException e) {
                    // One odd record must not sink the other records of its file.
                    LOG.warn("unexpected error cleaning {}", doc.source(), e);
                    out.add(new IngestOutcome.Failed(doc.source(), "internal error: " + e));
                }
            }
            return out;
        } catch (InputException e) {
            return List.of(new IngestOutcome.Failed(source, e.getMessage()));
        } catch (StackOverflowError e) {
            // A parser recursed once per nesting level; the input, not the reader, is at fault.
            LOG.warn("stack overflow reading {}", source, e);
            return List.of(new IngestOutcome.Failed(source, "structure nests too deep to read; not read"));
        } catch (RuntimeException e) {
            // A bug or a pathological input must not stop the other inputs; keep the trace in the log.
            LOG.warn("unexpected error reading {}", source, e);
            return List.of(new IngestOutcome.Failed(source, "internal error: " + e));
        }
    }

    private LoadedText load(String source) throws InputException {
        if (InputExpander.isUrl(source)) {
            try {
                return http.fetch(new URI(source));
            } catch (URISyntaxException e) {
                throw new InputException("malformed URL: " + e.getReason());
            }
        }
        try {
            return files.load(Path.of(source));
        } catch (InvalidPathException e) {
            throw new InputException("invalid path: " + e.getReason());
        }
    }

    public IngestOptions options() {
        return options;
    }
}
