package org.faultline.pipeline;

import java.util.List;
import java.util.Objects;
import org.faultline.claims.Claim;
import org.faultline.claims.ClaimExtractor;
import org.faultline.claims.TitleAuthor;
import org.faultline.events.Event;
import org.faultline.ingest.Article;
import org.faultline.nlp.Annotator;
import org.faultline.nlp.Doc;

/**
 * The per-article processing after ingest, in this order: annotate, code events, attribute claims.
 * The same object runs in the CLI, the server and Spark partitions. Thread-safe when its stages
 * are (the CoreNLP annotator, the event coder and the claim extractor are).
 */
public final class Pipeline {
    private final Annotator annotator;
    private final DocCoder coder;
    private final ClaimExtractor claims;

    /** Codes a doc's events; the event coder's method, kept as a function so tests can run stages alone. */
    @FunctionalInterface
    public interface DocCoder {
        List<Event> code(Doc doc);
    }

    public Pipeline(Annotator annotator, DocCoder coder, ClaimExtractor claims) {
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        this.coder = Objects.requireNonNull(coder, "coder");
        this.claims = Objects.requireNonNull(claims, "claims");
    }

    public ProcessedArticle process(Article article) {
        Objects.requireNonNull(article, "article");
        Doc doc = annotator.annotate(article.id(), article.text(), article.published());
        // an annotation cut short by a budget is stored with the reason, for the reader to see
        article = article.withProblems(doc.problems());
        List<Event> events = coder.code(doc);
        // A statement published under its issuer's name ("...: MFA Azerbaijan") is that issuer's claim.
        String author = TitleAuthor.of(article.title()).orElse(null);
        List<Claim> found = claims.extract(doc, events, author);
        return new ProcessedArticle(article, doc, events, found);
    }

    public Annotator annotator() {
        return annotator;
    }

    public DocCoder coder() {
        return coder;
    }
}
