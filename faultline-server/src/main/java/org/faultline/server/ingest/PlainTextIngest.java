package org.faultline.server.ingest;

import java.util.List;
import java.util.Objects;
import org.faultline.ingest.Article;
import org.faultline.store.Store;

/**
 * Ingests without NLP: reads and cleans the request into an article, links duplicates and stores
 * it with no annotation and no events. For stores that are filled by other means, and for tests
 * of the write path; the CLI's server uses a pipeline-backed ingest instead.
 */
public final class PlainTextIngest implements ArticleIngest {
    private final Store store;
    private final RequestReader reader;
    private final StoredDuplicates duplicates;

    public PlainTextIngest(Store store, RequestReader reader) {
        this.store = Objects.requireNonNull(store, "store");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.duplicates = new StoredDuplicates(store);
    }

    @Override
    public IngestResult ingest(IngestRequest request) {
        Article article = reader.read(request);
        if (store.existsId(article.id())) return new IngestResult(article.id(), false, article.title(), 0, article.duplicateOf());
        Article linked = duplicates.link(article);
        store.save(linked, null, List.of());
        return new IngestResult(linked.id(), true, linked.title(), 0, linked.duplicateOf());
    }
}
