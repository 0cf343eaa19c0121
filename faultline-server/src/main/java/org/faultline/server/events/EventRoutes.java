package org.faultline.server.events;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.faultline.events.Event;
import org.faultline.events.json.EventJson;
import org.faultline.server.ServerOptions;
import org.faultline.server.http.ApiErrors;
import org.faultline.server.http.ApiRoute;
import org.faultline.server.http.Listing;
import org.faultline.server.http.Page;
import org.faultline.server.http.QueryParams;
import org.faultline.store.Store;

/**
 * {@code GET /api/events} (filtered, paged, {@code {total, limit, offset, items}}; items are the
 * export contract's event objects) and {@code GET /api/events/{id}}.
 */
public final class EventRoutes {
    private final Store store;
    private final ServerOptions options;
    private final EventScan scan;

    public EventRoutes(Store store, ServerOptions options) {
        this.store = store;
        this.options = options;
        this.scan = new EventScan(store, options.maxScan());
    }

    public List<ApiRoute> routes() {
        return List.of(ApiRoute.get("/api/events", this::list), ApiRoute.get("/api/events/{id}", this::one));
    }

    private void list(Context ctx) {
        List<String> names = new ArrayList<>(Arrays.asList(EventSelection.FILTERS));
        names.add("incident");
        names.add("limit");
        names.add("offset");
        QueryParams p = new QueryParams(ctx, names.toArray(String[]::new));
        Page page = p.page(options.defaultLimit(), options.maxLimit());
        String incident = p.optional("incident", 300);
        if (incident != null) {
            for (String f : EventSelection.FILTERS)
                if (p.string(f) != null) throw ApiErrors.badParameter("incident", "cannot be combined with " + f);
            List<Event> all = IncidentEvents.of(store, incident);
            int from = Math.min(page.offset(), all.size());
            ctx.json(Listing.of(all.size(), page, all.subList(from, Math.min(all.size(), from + page.limit())),
                    e -> EventJson.event(e, true)));
            return;
        }
        EventSelection sel = EventSelection.from(p);
        long total;
        List<Event> items;
        if (sel.postFilter() == null) {
            total = store.countEvents(sel.query());
            items = total <= page.offset() ? List.of() : store.events(sel.query().page(page.limit(), page.offset()));
        } else {
            EventScan.Result r = scan.run(sel, page, sel.scanParameter());
            total = r.total();
            items = r.items();
        }
        ctx.json(Listing.of(total, page, items, e -> EventJson.event(e, true)));
    }

    private void one(Context ctx) {
        new QueryParams(ctx);
        String id = ctx.pathParam("id");
        if (id.isBlank() || id.length() > 300) throw ApiErrors.badParameter("id", "must be 1 to 300 characters");
        Event e = EventLookup.find(store, id).orElseThrow(() -> ApiErrors.notFound("event", id));
        ctx.json(EventJson.event(e, true));
    }
}
