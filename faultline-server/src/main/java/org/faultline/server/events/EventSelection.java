package org.faultline.server.events;

import java.time.LocalDate;
import java.util.function.Predicate;
import org.faultline.actors.Actor;
import org.faultline.events.Event;
import org.faultline.events.Factuality;
import org.faultline.server.articles.ArticleIds;
import org.faultline.server.http.ApiErrors;
import org.faultline.server.http.QueryParams;
import org.faultline.store.EventQuery;

/**
 * The filters of {@code GET /api/events}, split in two: what the store can answer with its
 * indexes ({@link EventQuery}: dyad, country, type, factuality, dates, article) and what is
 * checked here on each event ({@code actor} and the undirected dyad; {@code text} goes through the full-text index), which
 * needs a scan over the events the indexed part matched.
 *
 * @param query         the store query (no paging)
 * @param postFilter    the remaining test, or null when the store answers alone
 * @param scanParameter the parameter that made a scan necessary (for error messages), or null
 */
public record EventSelection(EventQuery query, Predicate<Event> postFilter, String scanParameter) {
    /** Query parameter names of the event filters (paging excluded). */
    /** The sixteen PLOVER event types: a {@code type} filter outside them is a mistake, not an empty page. */
    static final java.util.Set<String> PLOVER_TYPES = java.util.Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE",
            "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
            "MOBILIZE", "COERCE", "ASSAULT");

    static final String[] FILTERS = {"dyad", "directed", "source", "target", "country", "actor", "type",
            "factuality", "from", "to", "text", "article"};

    /** Reads the filters; every bad value is a 400 naming its parameter. */
    static EventSelection from(QueryParams p) {
        EventQuery q = EventQuery.all();
        Predicate<Event> post = null;
        String scanBy = null;
        String[] dyad = p.dyad("dyad");
        String source = p.code("source");
        String target = p.code("target");
        if (dyad != null) {
            if (source != null || target != null)
                throw ApiErrors.badParameter("dyad", "cannot be combined with source or target");
            if (p.bool("directed", true)) {
                q = q.dyad(dyad[0], dyad[1]);
            } else {
                String a = dyad[0], b = dyad[1];
                q = q.involving(a);
                post = e -> between(e, a, b);
                scanBy = "directed";
            }
        } else {
            if (p.string("directed") != null) throw ApiErrors.badParameter("directed", "only applies with dyad");
            q = q.dyad(source, target);
        }
        q = q.involving(p.code("country") != null ? p.code("country") : q.country());
        q = q.type(p.oneOf("type", PLOVER_TYPES));
        Factuality f = p.enumeration("factuality", Factuality.class);
        q = q.factuality(f);
        LocalDate[] range = p.dateRange("from", "to");
        q = q.between(range[0], range[1]);
        String article = p.string("article");
        if (article != null) q = q.article(ArticleIds.check("article", article));
        String actor = p.optional("actor", 200);
        if (actor != null) {
            post = and(post, e -> matches(e.source(), actor) || matches(e.target(), actor));
            scanBy = "actor";
        }
        String text = p.optional("text", 200);
        // through the store's full-text index over evidence sentences: words, not substrings
        if (text != null) q = q.text(text);
        return new EventSelection(q, post, scanBy);
    }

    /**
     * An actor filter matches an actor whose code, country or name equals it (ignoring case), so
     * "AZEMIL", "AZE" and "Ilham Aliyev" all work.
     */
    static boolean matches(Actor a, String wanted) {
        if (a == null) return false;
        return wanted.equalsIgnoreCase(a.code()) || wanted.equalsIgnoreCase(a.country()) || wanted.equalsIgnoreCase(a.name());
    }

    private static boolean between(Event e, String a, String b) {
        String s = e.source() == null ? null : e.source().country();
        String t = e.target() == null ? null : e.target().country();
        return (a.equals(s) && b.equals(t)) || (b.equals(s) && a.equals(t));
    }

    private static Predicate<Event> and(Predicate<Event> first, Predicate<Event> second) {
        return first == null ? second : first.and(second);
    }
}
