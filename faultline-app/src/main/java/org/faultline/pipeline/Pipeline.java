package org.faultline.pipeline;

import java.util.List;
import java.util.Objects;
import org.faultline.events.Event;
import org.faultline.ingest.Article;
import org.faultline.nlp.Annotator;
import org.faultline.nlp.Doc;

/**
 * The processing every article goes through after ingest, in this order: annotate, code events.
 * The same object runs in the CLI and the server. Thread-safe when its stages are (the CoreNLP
 * annotator and the event coder are).
 */
public final class Pipeline {
    private final Annotator annotator;
    private final DocCoder coder;

    /** Codes a doc's events; the event coder's method, kept as a function so tests can run stages alone. */
    @FunctionalInterface
    public interface DocCoder {
        List<Event> code(Doc doc);
    }

    public Pipeline(Annotator annotator, DocCoder coder) {
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        this.coder = Objects.requireNonNull(coder, "coder");
    }

    public ProcessedArticle process(Article article) {
        Objects.requireNonNull(article, "article");
        Doc doc = annotator.annotate(article.id(), article.text(), article.published());
        return new ProcessedArticle(article, doc, coder.code(doc));
    }

    public Annotator annotator() {
        return annotator;
    }

    public DocCoder coder() {
        return coder;
    }
}
