package org.faultline.server.events;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import org.faultline.server.ServerOptions;
import org.faultline.server.http.ApiRoute;
import org.faultline.server.http.Listing;
import org.faultline.server.http.Page;
import org.faultline.server.http.QueryParams;
import org.faultline.store.ActorTally;
import org.faultline.store.ActorTallyPage;
import org.faultline.store.Store;

/**
 * {@code GET /api/actors}: the actors seen in events, with how often each acted and was acted on,
 * most active first. An actor is identified by its code, or its name when it has no code; the
 * {@code actor} object follows the export contract with {@code text} set to its most frequent
 * mention. Optional {@code country} filter; paged. Counted by the store in one SQL aggregate
 * ({@link Store#actorTallies}), so the answer costs no scan of events in Java.
 */
public final class ActorRoutes {
    private final ServerOptions options;
    private final Store store;

    public ActorRoutes(Store store, ServerOptions options) {
        this.options = options;
        this.store = store;
    }

    public List<ApiRoute> routes() {
        return List.of(ApiRoute.get("/api/actors", this::list));
    }

    private void list(Context ctx) {
        QueryParams p = new QueryParams(ctx, "country", "limit", "offset");
        Page page = p.page(options.defaultLimit(), options.maxLimit());
        String country = p.code("country");
        ActorTallyPage tallies = store.actorTallyPage(country, page.limit(), page.offset());
        ctx.json(Listing.of(tallies.total(), page, tallies.items(), ActorRoutes::json));
    }

    private static ObjectNode json(ActorTally t) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.set("actor", org.faultline.events.json.EventJson.actor(t.actor()));
        o.put("events", t.events());
        o.put("as_source", t.asSource());
        o.put("as_target", t.asTarget());
        o.put("mean_goldstein", Math.round(t.meanGoldstein() * 100) / 100.0);
        o.put("mentions", t.mentions());
        return o;
    }
}
