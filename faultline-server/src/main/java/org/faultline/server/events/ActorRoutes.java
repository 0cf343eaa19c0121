package org.faultline.server.events;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.faultline.actors.Actor;
import org.faultline.events.Event;
import org.faultline.server.ServerOptions;
import org.faultline.server.http.ApiRoute;
import org.faultline.server.http.Listing;
import org.faultline.server.http.Page;
import org.faultline.server.http.QueryParams;
import org.faultline.store.EventQuery;
import org.faultline.store.Store;

/**
 * {@code GET /api/actors}: the actors seen in events, with how often each acted and was acted on,
 * most active first. An actor is identified by its code, or its name when it has no code; the
 * {@code actor} object follows the export contract with {@code text} set to its most frequent
 * mention. Optional {@code country} filter; paged. Counted over at most
 * {@link ServerOptions#maxScan()} events per request (past it, a 400 asks for a country).
 */
public final class ActorRoutes {
    private final ServerOptions options;
    private final EventScan scan;

    public ActorRoutes(Store store, ServerOptions options) {
        this.options = options;
        this.scan = new EventScan(store, options.maxScan());
    }

    public List<ApiRoute> routes() {
        return List.of(ApiRoute.get("/api/actors", this::list));
    }

    private static final class Tally {
        final Actor first;
        final Map<String, Integer> mentions = new HashMap<>();
        int asSource, asTarget;
        double goldsteinSum;
        int events;

        Tally(Actor first) { this.first = first; }
    }

    private void list(Context ctx) {
        QueryParams p = new QueryParams(ctx, "country", "limit", "offset");
        Page page = p.page(options.defaultLimit(), options.maxLimit());
        String country = p.code("country");
        EventQuery q = EventQuery.all().involving(country);
        Map<String, Tally> tallies = new HashMap<>();
        scan.forEach(q, "country", e -> {
            count(tallies, e.source(), e, true, country);
            if (e.target() != null && !key(e.target()).equals(e.source() == null ? null : key(e.source())))
                count(tallies, e.target(), e, false, country);
        });
        List<Tally> sorted = new ArrayList<>(tallies.values());
        sorted.sort(Comparator.comparingInt((Tally t) -> -t.events).thenComparing(t -> key(t.first)));
        int from = Math.min(page.offset(), sorted.size());
        List<Tally> items = sorted.subList(from, Math.min(sorted.size(), from + page.limit()));
        ctx.json(Listing.of(sorted.size(), page, items, ActorRoutes::json));
    }

    private static void count(Map<String, Tally> tallies, Actor a, Event e, boolean source, String country) {
        if (a == null || (country != null && !country.equals(a.country()))) return;
        Tally t = tallies.computeIfAbsent(key(a), k -> new Tally(a));
        t.mentions.merge(a.text(), 1, Integer::sum);
        if (source) t.asSource++; else t.asTarget++;
        t.events++;
        t.goldsteinSum += e.goldstein();
    }

    private static String key(Actor a) {
        return a.code() != null && !a.code().isBlank() ? "code:" + a.code() : "name:" + a.name();
    }

    private static ObjectNode json(Tally t) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        String text = t.mentions.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(t.first.text());
        Actor a = t.first;
        o.set("actor", org.faultline.events.json.EventJson.actor(a.withText(text)));
        o.put("events", t.events);
        o.put("as_source", t.asSource);
        o.put("as_target", t.asTarget);
        o.put("mean_goldstein", Math.round(t.goldsteinSum / t.events * 100) / 100.0);
        o.put("mentions", t.mentions.size());
        return o;
    }
}
