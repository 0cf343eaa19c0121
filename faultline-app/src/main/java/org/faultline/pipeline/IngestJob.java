package org.faultline.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.faultline.ingest.Article;
import org.faultline.ingest.IngestListener;
import org.faultline.ingest.IngestOutcome;
import org.faultline.ingest.Ingestor;
import org.faultline.ingest.dedup.DuplicateIndex;
import org.faultline.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests inputs into a store: reads and cleans them, links duplicates against what is stored,
 * annotates and codes the new articles on {@code threads} workers, and saves each article in its
 * own transaction. Articles already stored (same id) are left alone, so a re-run adds nothing.
 * The pipeline is only built when there is a new article, since loading CoreNLP takes seconds.
 */
public final class IngestJob {
    private static final Logger LOG = LoggerFactory.getLogger(IngestJob.class);

    /** Progress callbacks, called from worker threads. */
    public interface Progress {
        default void planned(int sources) {}
        default void queued(String id) {}
        default void articleDone(String id, String title) {}
        default void failed(IngestOutcome.Failed failure) {}
        default void unchanged(String id) {}
    }

    private final Ingestor ingestor;
    private final Store store;
    private final Supplier<Pipeline> pipeline;
    private final int threads;
    private final CorpusLinker linker;

    /**
     * @param linker recomputes incidents, contradictions and commitments of the new articles' time
     *               window after they are stored ({@link CorpusLinker#linkNew}); null to skip (the corpus links then lag until the next run)
     */
    public IngestJob(Ingestor ingestor, Store store, Supplier<Pipeline> pipeline, int threads, CorpusLinker linker) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        this.ingestor = Objects.requireNonNull(ingestor, "ingestor");
        this.store = Objects.requireNonNull(store, "store");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.threads = threads;
        this.linker = linker;
    }

    public IngestSummary run(List<String> inputs, Progress progress) {
        long start = System.nanoTime();
        DuplicateIndex dupes = new DuplicateIndex();
        store.forEachOriginalFingerprint(f -> dupes.add(f.id(), f.contentHash(), f.fingerprint()));
        AtomicInteger stored = new AtomicInteger(), duplicates = new AtomicInteger(), unchanged = new AtomicInteger();
        AtomicInteger events = new AtomicInteger(), cutShort = new AtomicInteger();
        AtomicLong tokens = new AtomicLong();
        List<IngestOutcome.Failed> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> storedIds = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "faultline-annotate");
            t.setDaemon(true);
            return t;
        });
        // Bounds the articles read ahead of the annotators, so a huge feed does not fill the heap.
        Semaphore inFlight = new Semaphore(threads * 4);
        try {
            ingestor.ingest(inputs, dupes, new IngestListener() {
                @Override public void planned(int total) { progress.planned(total); }

                @Override public void outcome(IngestOutcome outcome) {
                    if (outcome instanceof IngestOutcome.Failed f) {
                        failures.add(f);
                        progress.failed(f);
                        return;
                    }
                    Article article = ((IngestOutcome.Read) outcome).article();
                    if (store.existsId(article.id())) {
                        unchanged.incrementAndGet();
                        progress.unchanged(article.id());
                        return;
                    }
                    progress.queued(article.id());
                    inFlight.acquireUninterruptibly();
                    workers.execute(() -> {
                        try {
                            ProcessedArticle done = pipeline.get().process(article);
                            store.save(done.article(), done.doc(), done.events(), done.claims());
                            stored.incrementAndGet();
                            storedIds.add(article.id());
                            if (!done.doc().problems().isEmpty()) cutShort.incrementAndGet();
                            if (article.duplicateOf() != null) duplicates.incrementAndGet();
                            events.addAndGet(done.events().size());
                            tokens.addAndGet(done.doc().tokenCount());
                            progress.articleDone(article.id(), article.title());
                        } catch (RuntimeException e) {
                            LOG.warn("processing {} failed", outcome.input(), e);
                            IngestOutcome.Failed f = new IngestOutcome.Failed(outcome.input(), "processing failed: " + e.getMessage());
                            failures.add(f);
                            progress.failed(f);
                        } finally {
                            inFlight.release();
                        }
                    });
                }
            });
            workers.shutdown();
            workers.awaitTermination(7, TimeUnit.DAYS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        } finally {
            workers.shutdownNow();
        }
        CorpusLinker.Summary links = linker != null && stored.get() > 0 ? linker.linkNew(store, storedIds) : null;
        return new IngestSummary(stored.get(), duplicates.get(), unchanged.get(), events.get(), tokens.get(), cutShort.get(),
                failures, links, Duration.ofNanos(System.nanoTime() - start));
    }
}
