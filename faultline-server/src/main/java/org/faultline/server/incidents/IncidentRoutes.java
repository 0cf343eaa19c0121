package org.faultline.server.incidents;

import org.faultline.incidents.IncidentJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import org.faultline.incidents.Incident;
import org.faultline.server.ServerOptions;
import org.faultline.server.articles.ArticleIds;
import org.faultline.server.http.ApiErrors;
import org.faultline.server.http.ApiRoute;
import org.faultline.server.http.Listing;
import org.faultline.server.http.Page;
import org.faultline.server.http.QueryParams;
import org.faultline.store.IncidentQuery;
import org.faultline.store.Store;

/**
 * {@code GET /api/incidents} (filters: dyad, country, type, from, to, min_sources) and
 * {@code GET /api/incidents/{id}}; the incident object uses the field names of
 * {@code incidents.jsonl}. Its reports (events) are listed by {@code /api/events?incident=ID}.
 */
public final class IncidentRoutes {
    /** The incident type families (org/faultline/incidents/type-families.tsv), upper-cased. */
    static final java.util.Set<String> TYPE_FAMILIES = java.util.Set.of("VIOLENCE", "POSTURE", "PRESSURE", "DISPUTE",
            "REFUSAL", "DIPLOMACY", "APPEAL", "COOPERATION", "AID", "DEESCALATION");

    private final Store store;
    private final ServerOptions options;

    public IncidentRoutes(Store store, ServerOptions options) {
        this.store = store;
        this.options = options;
    }

    public List<ApiRoute> routes() {
        return List.of(ApiRoute.get("/api/incidents", this::list), ApiRoute.get("/api/incidents/{id}", this::one));
    }

    private void list(Context ctx) {
        QueryParams p = new QueryParams(ctx, "dyad", "country", "type", "from", "to", "min_sources", "limit", "offset");
        Page page = p.page(options.defaultLimit(), options.maxLimit());
        IncidentQuery q = IncidentQuery.all();
        String[] dyad = p.dyad("dyad");
        if (dyad != null) q = q.dyad(dyad[0], dyad[1]);
        q = q.involving(p.code("country")).typeFamily(p.oneOf("type", TYPE_FAMILIES));
        LocalDate[] range = p.dateRange("from", "to");
        q = q.between(range[0], range[1]).minSources(p.integer("min_sources", 0, 0, 1_000_000));
        long total = store.countIncidents(q);
        List<Incident> items = total <= page.offset() ? List.of() : store.incidents(q.page(page.limit(), page.offset()));
        ctx.json(Listing.of(total, page, items, IncidentJson::incident));
    }

    private void one(Context ctx) {
        new QueryParams(ctx);
        String id = ArticleIds.check(ctx.pathParam("id"));
        ctx.json(IncidentJson.incident(store.findIncident(id).orElseThrow(() -> ApiErrors.notFound("incident", id))));
    }
}
