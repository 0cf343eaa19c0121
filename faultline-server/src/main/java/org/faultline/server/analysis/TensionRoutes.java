package org.faultline.server.analysis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faultline.analysis.Alert;
import org.faultline.analysis.Granularity;
import org.faultline.analysis.TensionIndex;
import org.faultline.analysis.TensionPoint;
import org.faultline.analysis.TensionSeries;
import org.faultline.events.Event;
import org.faultline.server.http.ApiErrors;
import org.faultline.server.http.ApiRoute;
import org.faultline.server.http.QueryParams;
import org.faultline.store.Dyad;
import org.faultline.store.EventQuery;
import org.faultline.store.Store;

/**
 * {@code GET /api/tension?dyad=ARM-AZE&granularity=daily|weekly&directed=false}: a dyad's tension
 * series ({@link TensionIndex}, the method is documented there) with its alerts; and
 * {@code GET /api/alerts?dyad=&granularity=&dyads=&limit=}: escalation alerts over one dyad or
 * the most active ones ({@link Store#dyads}), newest first. Each alert carries the events that
 * drove it (id, date, type, actors, Goldstein, evidence), so a client explains it without more
 * requests. Needs only the store; the events of one dyad are read whole (the index needs the
 * full history for its baseline).
 */
public final class TensionRoutes {
    static final int DEFAULT_DYADS = 20, MAX_DYADS = 100;
    static final int DEFAULT_ALERTS = 50, MAX_ALERTS = 500;
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private final Store store;
    private final TensionIndex index = new TensionIndex();

    public TensionRoutes(Store store) {
        this.store = store;
    }

    public List<ApiRoute> routes() {
        return List.of(ApiRoute.get("/api/tension", this::tension), ApiRoute.get("/api/alerts", this::alerts));
    }

    private void tension(Context ctx) {
        QueryParams p = new QueryParams(ctx, "dyad", "granularity", "directed");
        String[] sides = dyad(p, true);
        Granularity g = granularity(p);
        boolean directed = p.bool("directed", false);
        List<Event> events = events(sides, directed);
        TensionSeries s = index.compute(sides[0] + "-" + sides[1], directed, g, events);
        ObjectNode o = F.objectNode();
        o.put("dyad", s.dyad());
        o.put("directed", s.directed());
        o.put("granularity", g.name().toLowerCase(java.util.Locale.ROOT));
        ArrayNode points = o.putArray("points");
        for (TensionPoint t : s.points()) {
            points.addObject().put("period", t.period().toString()).put("raw", round(t.raw())).put("smoothed", round(t.smoothed()))
                    .put("occurrences", t.occurrences()).put("reports", t.reports());
        }
        Map<String, Event> byId = byId(events);
        ArrayNode alerts = o.putArray("alerts");
        for (Alert a : s.alerts()) alerts.add(alert(a, byId));
        ctx.json(o);
    }

    private void alerts(Context ctx) {
        QueryParams p = new QueryParams(ctx, "dyad", "granularity", "dyads", "limit");
        String[] one = dyad(p, false);
        Granularity g = granularity(p);
        int scan = p.integer("dyads", DEFAULT_DYADS, 1, MAX_DYADS);
        int limit = p.integer("limit", DEFAULT_ALERTS, 1, MAX_ALERTS);
        List<String[]> dyads = one != null ? List.<String[]>of(one) : mostActive(scan);
        List<Alert> all = new ArrayList<>();
        Map<String, Event> byId = new HashMap<>();
        ArrayNode scanned = F.arrayNode();
        for (String[] d : dyads) {
            List<Event> events = events(d, false);
            byId.putAll(byId(events));
            all.addAll(index.compute(d[0] + "-" + d[1], false, g, events).alerts());
            scanned.add(d[0] + "-" + d[1]);
        }
        all.sort(Comparator.comparing(Alert::period).reversed().thenComparing(Alert::dyad));
        ObjectNode o = F.objectNode();
        o.put("total", all.size());
        o.put("limit", limit);
        o.put("granularity", g.name().toLowerCase(java.util.Locale.ROOT));
        o.set("dyads", scanned);
        ArrayNode items = o.putArray("items");
        for (Alert a : all.subList(0, Math.min(limit, all.size()))) items.add(alert(a, byId));
        ctx.json(o);
    }

    /** Undirected pairs of distinct countries, most active first, each once (sorted codes). */
    private List<String[]> mostActive(int count) {
        Set<String> seen = new LinkedHashSet<>();
        for (Dyad d : store.dyads(count * 2)) {
            String a = d.sourceCountry(), b = d.targetCountry();
            if (a == null || b == null || a.equals(b) || !a.matches("[A-Z]{3}") || !b.matches("[A-Z]{3}")) continue;
            String key = index.groups().dyadKey(a, b); // NKR-AZE is scanned as ARM-AZE
            if (key != null) seen.add(key);
            if (seen.size() == count) break;
        }
        return seen.stream().map(s -> s.split("-")).toList();
    }

    private List<Event> events(String[] sides, boolean directed) {
        List<Event> events = new ArrayList<>();
        for (String a : index.groups().codesOf(sides[0])) // each side with the codes grouped on it (NKR with ARM)
            for (String b : index.groups().codesOf(sides[1])) {
                events.addAll(store.events(EventQuery.all().dyad(a, b)));
                if (!directed) events.addAll(store.events(EventQuery.all().dyad(b, a)));
            }
        return events;
    }

    private static String[] dyad(QueryParams p, boolean required) {
        if (required && p.string("dyad") == null) throw ApiErrors.badParameter("dyad", "is required, like ARM-AZE");
        String[] sides = p.dyad("dyad");
        if (sides == null) return null;
        if (!sides[0].matches("[A-Z]{3}") || !sides[1].matches("[A-Z]{3}"))
            throw ApiErrors.badParameter("dyad", "must be two three-letter country codes joined by '-', like ARM-AZE");
        if (sides[0].equals(sides[1])) throw ApiErrors.badParameter("dyad", "must name two different countries");
        return sides;
    }

    private static Granularity granularity(QueryParams p) {
        Granularity g = p.enumeration("granularity", Granularity.class);
        return g == null ? Granularity.DAILY : g;
    }

    private static Map<String, Event> byId(List<Event> events) {
        Map<String, Event> m = new HashMap<>();
        for (Event e : events) m.put(e.id(), e);
        return m;
    }

    private static ObjectNode alert(Alert a, Map<String, Event> byId) {
        ObjectNode o = F.objectNode();
        o.put("dyad", a.dyad());
        o.put("period", a.period().toString());
        o.put("value", round(a.value()));
        o.put("baseline", round(a.baseline()));
        o.put("threshold", round(a.threshold()));
        o.put("explanation", a.explanation());
        ArrayNode ids = o.putArray("event_ids");
        ArrayNode events = o.putArray("events");
        for (String id : a.eventIds()) {
            ids.add(id);
            Event e = byId.get(id);
            if (e == null) continue;
            ObjectNode ev = events.addObject();
            ev.put("id", e.id());
            ev.put("article_id", e.articleId());
            ev.put("date", e.date());
            ev.put("type", e.type());
            ev.put("quad", e.quad());
            ev.put("goldstein", e.goldstein());
            ev.put("source", e.source() == null ? null : e.source().code());
            ev.put("target", e.target() == null ? null : e.target().code());
            ev.put("trigger", e.trigger());
            ev.put("evidence", e.evidence());
        }
        return o;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
