package org.faultline.store;

import java.util.List;
import org.faultline.claims.Claim;
import org.faultline.events.Event;
import org.faultline.ingest.Article;
import org.faultline.nlp.Doc;

/**
 * One article with everything it owns, as {@link Store#saveAll} stores it: its annotation (null
 * when not annotated), coded events and claims (null lists are empty). The doc must belong to
 * the article; events and claims are checked by the store.
 */
public record ArticleBundle(Article article, Doc doc, List<Event> events, List<Claim> claims) {
    public ArticleBundle {
        if (article == null) throw new IllegalArgumentException("article must not be null");
        if (doc != null && !doc.id().equals(article.id()))
            throw new IllegalArgumentException("doc " + doc.id() + " does not belong to article " + article.id());
        events = events == null ? List.of() : List.copyOf(events);
        claims = claims == null ? List.of() : List.copyOf(claims);
    }
}
