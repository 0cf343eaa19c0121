package org.faultline.server.analysis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import org.faultline.server.http.ApiRoute;
import org.faultline.server.http.QueryParams;
import org.faultline.store.Dyad;
import org.faultline.store.Store;

/**
 * {@code GET /api/dyads?limit=}: the most active directed country pairs, by event mentions, with
 * their occurrences (each incident counted once). What a dashboard's dyad picker lists.
 */
public final class DyadRoutes {
    private final Store store;

    public DyadRoutes(Store store) {
        this.store = store;
    }

    public List<ApiRoute> routes() {
        return List.of(ApiRoute.get("/api/dyads", this::list));
    }

    private void list(Context ctx) {
        int limit = new QueryParams(ctx, "limit").integer("limit", 50, 1, 500);
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        ArrayNode items = o.putArray("items");
        for (Dyad d : store.dyads(limit)) {
            items.addObject().put("dyad", d.sourceCountry() + "-" + d.targetCountry())
                    .put("source_country", d.sourceCountry()).put("target_country", d.targetCountry())
                    .put("events", d.events()).put("occurrences", d.occurrences());
        }
        ctx.json(o);
    }
}
