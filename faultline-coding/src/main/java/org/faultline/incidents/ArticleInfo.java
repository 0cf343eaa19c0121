package org.faultline.incidents;

import java.time.LocalDate;

/**
 * What the linkers need to know about an article besides its events.
 *
 * @param articleId the article's id (as in {@code Event.articleId()})
 * @param published publication date, or null when unknown
 * @param outlet    the outlet or source name (site, agency, feed); null counts the article as its own source
 */
public record ArticleInfo(String articleId, LocalDate published, String outlet) {
    public ArticleInfo {
        if (articleId == null || articleId.isBlank()) throw new IllegalArgumentException("articleId must not be blank, was '" + articleId + "'");
        if (outlet != null && outlet.isBlank()) outlet = null;
    }

    /** The key distinct sources are counted by. */
    public String sourceKey() {
        return outlet != null ? outlet.toLowerCase(java.util.Locale.ROOT) : "article:" + articleId;
    }

    /** The infos keyed by article id, as the linkers take them; a later duplicate id replaces an earlier one. */
    public static java.util.Map<String, ArticleInfo> index(java.util.Collection<ArticleInfo> infos) {
        if (infos == null) throw new IllegalArgumentException("infos must not be null");
        java.util.Map<String, ArticleInfo> out = new java.util.HashMap<>();
        for (ArticleInfo a : infos) out.put(a.articleId(), a);
        return out;
    }
}
