package org.faultline.server.search;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import org.faultline.server.http.SourceLabel;
import org.faultline.server.http.ApiErrors;
import org.faultline.server.http.ApiRoute;
import org.faultline.server.http.QueryParams;
import org.faultline.store.SearchHit;
import org.faultline.store.Store;

/**
 * {@code GET /api/search?q=&limit=}: full-text search over articles (FTS5, bm25, best first).
 * Each hit's snippet is plain text with the matched terms given as {@code highlights}, character
 * ranges [begin, end) in the snippet, so a client marks them after escaping the text instead of
 * trusting markup built from article text.
 */
public final class SearchRoutes {
    /** Private-use characters never found in text: safe markers to locate matches in the store's snippets. */
    static final String OPEN = "\uE000", CLOSE = "\uE001";
    private static final int DEFAULT_LIMIT = 20, MAX_LIMIT = 100;
    private final Store store;

    public SearchRoutes(Store store) {
        this.store = store;
    }

    public List<ApiRoute> routes() {
        return List.of(ApiRoute.get("/api/search", this::search));
    }

    private void search(Context ctx) {
        QueryParams p = new QueryParams(ctx, "q", "limit");
        String q = p.required("q", 500);
        int limit = p.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        List<SearchHit> hits;
        try {
            hits = store.search(q, limit, OPEN, CLOSE);
        } catch (IllegalArgumentException e) {
            throw ApiErrors.badParameter("q", e.getMessage());
        }
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("query", q);
        o.put("limit", limit);
        ArrayNode items = o.putArray("items");
        for (SearchHit h : hits) {
            ObjectNode it = items.addObject();
            it.put("article_id", h.articleId());
            it.put("title", h.title());
            it.put("published", h.published() == null ? null : h.published().toString());
            it.put("source", SourceLabel.of(h.source()));
            it.put("duplicate_of", h.duplicateOf());
            Snippet s = Snippet.parse(h.snippet(), OPEN, CLOSE);
            it.put("snippet", s.text());
            ArrayNode hl = it.putArray("highlights");
            for (int[] r : s.highlights()) hl.addArray().add(r[0]).add(r[1]);
            it.put("score", Math.round(h.score() * 1000) / 1000.0);
        }
        ctx.json(o);
    }
}
