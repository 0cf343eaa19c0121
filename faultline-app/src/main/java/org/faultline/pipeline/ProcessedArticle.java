package org.faultline.pipeline;

import java.util.List;
import org.faultline.claims.Claim;
import org.faultline.events.Event;
import org.faultline.ingest.Article;
import org.faultline.nlp.Doc;

/** An article with its annotation, events and claims: what the store saves in one transaction. */
public record ProcessedArticle(Article article, Doc doc, List<Event> events, List<Claim> claims) {
    public ProcessedArticle {
        if (article == null) throw new IllegalArgumentException("processed article needs its article");
        events = List.copyOf(events == null ? List.of() : events);
        claims = List.copyOf(claims == null ? List.of() : claims);
    }
}
