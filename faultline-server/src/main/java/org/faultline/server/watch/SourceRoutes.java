package org.faultline.server.watch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import org.faultline.server.http.ApiRoute;
import org.faultline.server.http.QueryParams;
import org.faultline.store.SourceStatus;
import org.faultline.store.Store;

/**
 * {@code GET /api/sources}: what {@code faultline watch} (in this process or another one on the
 * same store) knows of each source: last poll, last success, next poll, items seen, errors and
 * the last error while failing. {@code {items: [...]}}, by name.
 */
public final class SourceRoutes {
    private final Store store;

    public SourceRoutes(Store store) {
        this.store = store;
    }

    public List<ApiRoute> routes() {
        return List.of(ApiRoute.get("/api/sources", this::list));
    }

    private void list(Context ctx) {
        new QueryParams(ctx);
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        ArrayNode items = out.putArray("items");
        for (SourceStatus s : store.sourceStatuses()) {
            ObjectNode n = items.addObject();
            n.put("name", s.name());
            // a local folder path is the operator's business; the API shows only web addresses
            boolean web = s.location().startsWith("http://") || s.location().startsWith("https://");
            n.put("url", web ? s.location() : null);
            n.put("outlet", s.outlet());
            n.put("last_poll", time(s.lastPoll()));
            n.put("last_success", time(s.lastSuccess()));
            n.put("next_poll", time(s.nextPoll()));
            n.put("items_seen", s.itemsSeen());
            n.put("errors", s.errors());
            n.put("failing", s.consecutiveFailures() > 0);
            String error = s.consecutiveFailures() > 0 ? s.lastError() : null;
            if (error != null && !web) error = error.replace(s.location(), "its configured path");
            n.put("last_error", error);
        }
        ctx.json(out);
    }

    private static String time(Instant i) { return i == null ? null : i.toString(); }
}
