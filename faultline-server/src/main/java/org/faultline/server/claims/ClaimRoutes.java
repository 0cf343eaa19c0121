package org.faultline.server.claims;

import io.javalin.http.Context;
import java.util.List;
import org.faultline.claims.Claim;
import org.faultline.claims.ContradictionKind;
import org.faultline.claims.Stance;
import org.faultline.server.ServerOptions;
import org.faultline.server.articles.ArticleIds;
import org.faultline.server.http.ApiErrors;
import org.faultline.server.http.ApiRoute;
import org.faultline.server.http.Listing;
import org.faultline.server.http.Page;
import org.faultline.server.http.QueryParams;
import org.faultline.store.ClaimQuery;
import org.faultline.store.ContestedPair;
import org.faultline.store.ContradictionQuery;
import org.faultline.store.Store;

/**
 * {@code GET /api/claims} (filters: article, speaker, about, stance, contested), {@code GET
 * /api/claims/{id}} and {@code GET /api/contradictions} (filters: kind, country, article,
 * incident), each contradiction with both claims' evidence side by side.
 */
public final class ClaimRoutes {
    private final Store store;
    private final ServerOptions options;

    public ClaimRoutes(Store store, ServerOptions options) {
        this.store = store;
        this.options = options;
    }

    public List<ApiRoute> routes() {
        return List.of(ApiRoute.get("/api/claims", this::claims), ApiRoute.get("/api/claims/{id}", this::claim),
                ApiRoute.get("/api/contradictions", this::contradictions));
    }

    private void claims(Context ctx) {
        QueryParams p = new QueryParams(ctx, "article", "speaker", "about", "stance", "contested", "limit", "offset");
        Page page = p.page(options.defaultLimit(), options.maxLimit());
        ClaimQuery q = ClaimQuery.all().speakerCountry(p.code("speaker")).aboutCountry(p.code("about"))
                .stance(p.enumeration("stance", Stance.class));
        String article = p.string("article");
        if (article != null) q = q.article(ArticleIds.check("article", article));
        if (p.bool("contested", false)) q = q.contested();
        long total = store.countClaims(q);
        List<Claim> items = total <= page.offset() ? List.of() : store.claims(q.page(page.limit(), page.offset()));
        ctx.json(Listing.of(total, page, items, ClaimsJson::claim));
    }

    private void claim(Context ctx) {
        new QueryParams(ctx);
        String id = ArticleIds.check(ctx.pathParam("id"));
        ctx.json(ClaimsJson.claim(store.findClaim(id).orElseThrow(() -> ApiErrors.notFound("claim", id))));
    }

    private void contradictions(Context ctx) {
        QueryParams p = new QueryParams(ctx, "kind", "country", "article", "incident", "min_score", "limit", "offset");
        Page page = p.page(options.defaultLimit(), options.maxLimit());
        ContradictionQuery q = ContradictionQuery.all().kind(p.enumeration("kind", ContradictionKind.class))
                .involving(p.code("country")).minScore(p.decimal("min_score", 0, 0, 1));
        String article = p.string("article");
        if (article != null) q = q.article(ArticleIds.check("article", article));
        String incident = p.string("incident");
        if (incident != null) q = q.incident(ArticleIds.check("incident", incident));
        long total = store.countContradictions(q);
        List<ContestedPair> items = total <= page.offset() ? List.of() : store.contradictions(q.page(page.limit(), page.offset()));
        ctx.json(Listing.of(total, page, items, ClaimsJson::pair));
    }
}
