package org.faultline.cli;

import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.faultline.server.ingest.IngestBusyException;
import java.util.function.Supplier;
import org.faultline.ingest.Article;
import org.faultline.pipeline.Pipeline;
import org.faultline.pipeline.ProcessedArticle;
import org.faultline.server.ingest.ArticleIngest;
import org.faultline.server.ingest.IngestRequest;
import org.faultline.server.ingest.IngestResult;
import org.faultline.server.ingest.RequestReader;
import org.faultline.server.ingest.StoredDuplicates;
import org.faultline.store.Store;

/**
 * What {@code POST /api/articles} runs under {@code faultline serve}: the same steps as
 * {@code faultline ingest} for one article (read and clean, link duplicates, annotate with
 * CoreNLP, code events, save in one transaction). At most {@code parallel} articles are processed
 * at once, because each annotation holds a few hundred MB of parser state.
 */
final class PipelineArticleIngest implements ArticleIngest {
    private final Store store;
    private final RequestReader reader;
    private final StoredDuplicates duplicates;
    private final Supplier<Pipeline> pipeline;
    private final Semaphore slots;
    /** How long a POST waits for a free annotation slot before it gets 503. */
    private static final long WAIT_SECONDS = 5;

    PipelineArticleIngest(Store store, RequestReader reader, Supplier<Pipeline> pipeline, int parallel) {
        if (parallel < 1) throw new IllegalArgumentException("parallel must be >= 1, was " + parallel);
        this.store = Objects.requireNonNull(store, "store");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.duplicates = new StoredDuplicates(store);
        this.slots = new Semaphore(parallel);
    }

    private boolean acquire() {
        try {
            return slots.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public IngestResult ingest(IngestRequest request) {
        Article article = reader.read(request);
        if (store.existsId(article.id())) return new IngestResult(article.id(), false, article.title(), 0, null);
        Article linked = duplicates.link(article);
        // a long annotation in progress must not make later POSTs hang: they are told to come back
        if (!acquire()) throw new IngestBusyException("the server is annotating other articles; retry in a few seconds");
        try {
            ProcessedArticle done = pipeline.get().process(linked);
            store.save(done.article(), done.doc(), done.events(), done.claims());
            return new IngestResult(linked.id(), true, linked.title(), done.events().size(), linked.duplicateOf());
        } finally {
            slots.release();
        }
    }
}
