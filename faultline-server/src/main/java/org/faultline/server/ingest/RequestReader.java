package org.faultline.server.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.faultline.ingest.Article;
import org.faultline.ingest.ArticleAssembler;
import org.faultline.ingest.IngestOptions;
import org.faultline.ingest.IngestOutcome;
import org.faultline.ingest.Ingestor;
import org.faultline.ingest.InputException;
import org.faultline.ingest.RawDocument;
import org.faultline.ingest.clean.TextCleaner;
import org.faultline.ingest.read.HtmlReader;
import org.faultline.ingest.read.TextReader;

/**
 * Turns an {@link IngestRequest} into a cleaned {@link Article} with the same readers and cleaner
 * as file ingest: a URL is fetched and read by the {@link Ingestor}; given text or HTML is read
 * in memory. The request's title and date win over what reading finds. No NLP runs here.
 * Build one and reuse it (the cleaner's word list takes tens of milliseconds to load). Thread-safe.
 */
public final class RequestReader {
    private final Ingestor ingestor;
    private final ArticleAssembler assembler;
    private final TextReader text = new TextReader();
    private final HtmlReader html = new HtmlReader();

    public RequestReader(IngestOptions options) {
        Objects.requireNonNull(options, "options");
        this.ingestor = new Ingestor(options);
        this.assembler = new ArticleAssembler(TextCleaner.bundled(), options.publishedOverride());
    }

    /** @throws IngestRejectedException naming why the input gave no article */
    public Article read(IngestRequest request) {
        Objects.requireNonNull(request, "request");
        LocalDate today = LocalDate.now();
        if (request.url() != null) return fromUrl(request, today);
        String source = request.sourceOrDefault();
        try {
            RawDocument raw = request.text() != null
                    ? text.read(source, request.text(), List.of())
                    : html.read(source, request.html(), null, List.of());
            return assembler.assemble(withRequestMetadata(raw, request), today);
        } catch (InputException e) {
            throw new IngestRejectedException(e.getMessage(), e);
        }
    }

    private Article fromUrl(IngestRequest request, LocalDate today) {
        // a feed URL yields many items; the API ingests one article per request, the first
        for (IngestOutcome outcome : ingestor.read(request.url(), today)) {
            if (outcome instanceof IngestOutcome.Read r) return withRequestMetadata(r.article(), request);
            throw new IngestRejectedException(((IngestOutcome.Failed) outcome).reason());
        }
        throw new IngestRejectedException("nothing readable at " + request.url());
    }

    private static RawDocument withRequestMetadata(RawDocument d, IngestRequest r) {
        return new RawDocument(d.source(), d.url() != null ? d.url() : r.url(), d.format(), d.raw(), d.body(),
                r.title() != null ? r.title() : d.title(), r.published() != null ? r.published() : d.published(),
                d.removed(), d.problems());
    }

    private static Article withRequestMetadata(Article a, IngestRequest r) {
        if (r.title() == null && r.published() == null) return a;
        return new Article(a.id(), a.source(), a.url(), r.title() != null ? r.title() : a.title(),
                r.published() != null ? r.published() : a.published(),
                r.published() == null && a.publishedInferred(), a.format(), a.raw(), a.text(), a.removed(),
                a.contentHash(), a.duplicateOf(), a.problems());
    }
}
