package org.faultline.events.export;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.faultline.ingest.Article;

/**
 * Article id to {@link ArticleOrigin}, looked up once per article while an export runs. Needs a
 * way to find a stored article and, optionally, the outlet a watch source configured for it
 * (which wins over the URL's host). Not thread-safe: one per export.
 */
public final class ArticleOrigins implements Function<String, ArticleOrigin> {
    private final Function<String, Optional<Article>> articles;
    private final Function<String, String> configuredOutlet;
    private final Map<String, ArticleOrigin> cache = new HashMap<>();

    /**
     * @param articles         finds a stored article by id
     * @param configuredOutlet article id to the outlet its source was configured with, or null
     *                         (the function itself may be null)
     */
    public ArticleOrigins(Function<String, Optional<Article>> articles, Function<String, String> configuredOutlet) {
        if (articles == null) throw new IllegalArgumentException("articles must not be null");
        this.articles = articles;
        this.configuredOutlet = configuredOutlet == null ? id -> null : configuredOutlet;
    }

    @Override
    public ArticleOrigin apply(String articleId) {
        if (articleId == null) return ArticleOrigin.UNKNOWN;
        return cache.computeIfAbsent(articleId, id -> articles.apply(id).map(ArticleOrigin::of)
                .orElse(ArticleOrigin.UNKNOWN).withOutlet(configuredOutlet.apply(id)));
    }
}
