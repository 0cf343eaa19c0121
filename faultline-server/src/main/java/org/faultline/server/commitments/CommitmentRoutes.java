package org.faultline.server.commitments;

import org.faultline.commitments.CommitmentJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import org.faultline.actors.Actor;
import org.faultline.commitments.Commitment;
import org.faultline.commitments.CommitmentStatus;
import org.faultline.commitments.StatusChange;
import org.faultline.events.json.EventJson;
import org.faultline.server.ServerOptions;
import org.faultline.server.http.ApiRoute;
import org.faultline.server.http.Listing;
import org.faultline.server.http.Page;
import org.faultline.server.http.QueryParams;
import org.faultline.store.CommitmentQuery;
import org.faultline.store.Store;

/**
 * {@code GET /api/commitments}: the commitments ledger (filters: party country, status, kind),
 * each with its status history and the evidence of every step.
 */
public final class CommitmentRoutes {
    private final Store store;
    private final ServerOptions options;

    public CommitmentRoutes(Store store, ServerOptions options) {
        this.store = store;
        this.options = options;
    }

    public List<ApiRoute> routes() {
        return List.of(ApiRoute.get("/api/commitments", this::list));
    }

    private void list(Context ctx) {
        QueryParams p = new QueryParams(ctx, "party", "status", "kind", "limit", "offset");
        Page page = p.page(options.defaultLimit(), options.maxLimit());
        CommitmentQuery q = CommitmentQuery.all().party(p.code("party"))
                .status(p.enumeration("status", CommitmentStatus.class)).kind(kind(p));
        long total = store.countCommitments(q);
        List<Commitment> items = total <= page.offset() ? List.of() : store.commitments(q.page(page.limit(), page.offset()));
        ctx.json(Listing.of(total, page, items, CommitmentJson::commitment));
    }

    /** Commitment kinds (CommitmentTracker): another value is a mistake, not an empty page. */
    private static final java.util.Set<String> KINDS = java.util.Set.of("PROPOSAL", "DEMAND", "PLEDGE", "AGREEMENT", "MEETING");

    private static String kind(org.faultline.server.http.QueryParams p) {
        String k = p.oneOf("kind", KINDS);
        return k == null ? null : k.toLowerCase(java.util.Locale.ROOT);
    }
}
