package org.faultline.server.stats;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.faultline.server.http.ApiRoute;
import org.faultline.server.http.QueryParams;
import org.faultline.store.Store;
import org.faultline.store.StoreStats;

/** {@code GET /api/stats}: counts over the whole store (what {@code faultline stats} prints). */
public final class StatsRoutes {
    private final Store store;

    public StatsRoutes(Store store) {
        this.store = store;
    }

    public List<ApiRoute> routes() {
        return List.of(ApiRoute.get("/api/stats", this::stats));
    }

    private void stats(Context ctx) {
        new QueryParams(ctx);
        StoreStats s = store.stats();
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("articles", s.articles());
        o.put("duplicates", s.duplicates());
        o.put("annotated", s.annotated());
        o.put("sentences", s.sentences());
        o.put("tokens", s.tokens());
        o.put("entities", s.entities());
        o.put("times", s.times());
        o.put("quotes", s.quotes());
        o.put("events", s.events());
        counts(o.putObject("entities_by_type"), s.entitiesByType());
        counts(o.putObject("events_by_type"), s.eventsByType());
        counts(o.putObject("events_by_factuality"), s.eventsByFactuality());
        o.put("first_published", s.firstPublished() == null ? null : s.firstPublished().toString());
        o.put("last_published", s.lastPublished() == null ? null : s.lastPublished().toString());
        o.put("schema_version", s.schemaVersion());
        ctx.json(o);
    }

    private static void counts(ObjectNode target, Map<String, Long> counts) {
        counts.forEach(target::put);
    }
}
