package org.faultline.server.articles;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.faultline.server.http.SourceLabel;
import org.faultline.ingest.Article;
import org.faultline.ingest.json.ArticleJson;
import org.faultline.nlp.Doc;
import org.faultline.nlp.Sentence;
import org.faultline.server.ServerOptions;
import org.faultline.server.http.ApiErrors;
import org.faultline.server.http.ApiRoute;
import org.faultline.server.http.Listing;
import org.faultline.server.http.Page;
import org.faultline.server.http.QueryParams;
import org.faultline.store.ArticleSummary;
import org.faultline.store.EventQuery;
import org.faultline.store.Store;

/**
 * {@code GET /api/articles} (summaries in storage order, paged) and {@code GET /api/articles/{id}}
 * (the export contract's article object plus format, content hash, the sentences' character
 * offsets in the clean text so a client can highlight an evidence sentence, and the event count).
 */
public final class ArticleRoutes {
    private final Store store;
    private final ServerOptions options;
    private final ArticleJson articleJson;
    private final ObjectMapper mapper;

    public ArticleRoutes(Store store, ServerOptions options, ObjectMapper mapper) {
        this.store = store;
        this.options = options;
        this.mapper = mapper;
        this.articleJson = new ArticleJson(mapper);
    }

    public List<ApiRoute> routes() {
        return List.of(ApiRoute.get("/api/articles", this::list), ApiRoute.get("/api/articles/{id}", this::one));
    }

    private void list(Context ctx) {
        Page page = new QueryParams(ctx, "limit", "offset").page(options.defaultLimit(), options.maxLimit());
        List<ArticleSummary> items = store.listArticles(page.limit(), page.offset());
        long total = store.ids().size();
        ctx.json(Listing.of(total, page, items, this::summary));
    }

    private void one(Context ctx) {
        new QueryParams(ctx);
        String id = ArticleIds.check(ctx.pathParam("id"));
        Article a = store.findArticle(id).orElseThrow(() -> ApiErrors.notFound("article", id));
        ObjectNode o = articleJson.toJson(a);
        o.put("source", SourceLabel.of(a.source())); // never a path on the server
        o.put("format", a.format());
        o.put("content_hash", a.contentHash());
        Optional<Doc> doc = store.loadDoc(id);
        o.put("annotated", doc.isPresent());
        ArrayNode sentences = o.putArray("sentences");
        doc.ifPresent(d -> {
            for (Sentence s : d.sentences())
                sentences.addObject().put("index", s.index()).put("begin", s.beginChar()).put("end", s.endChar());
        });
        o.put("event_count", store.countEvents(EventQuery.all().article(id)));
        ctx.json(o);
    }

    private ObjectNode summary(ArticleSummary s) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", s.id());
        o.put("source", SourceLabel.of(s.source()));
        o.put("title", s.title());
        o.put("published", s.published() == null ? null : s.published().toString());
        o.put("published_inferred", s.publishedInferred());
        o.put("format", s.format());
        o.put("duplicate_of", s.duplicateOf());
        o.put("text_length", s.textLength());
        o.put("sentences", s.sentences());
        o.put("events", s.events());
        o.put("ingested_at", s.ingestedAt());
        return o;
    }
}
