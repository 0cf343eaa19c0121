package org.faultline.server.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.faultline.events.Event;
import org.faultline.events.export.ArticleOrigins;
import org.faultline.events.export.EventCsv;
import org.faultline.events.export.PloverJson;
import org.faultline.server.http.ApiRoute;
import org.faultline.server.http.QueryParams;
import org.faultline.store.Store;

/**
 * {@code GET /api/events.csv} and {@code GET /api/events.plover} (JSON Lines): every event
 * matching the same filters as {@code /api/events}, unpaged, as a download
 * ({@code Content-Disposition: attachment}). Needs the store; gives the same rows as
 * {@code faultline export --format csv|plover}.
 */
public final class EventDownloadRoutes {
    private final Store store;
    private final ObjectMapper mapper = new ObjectMapper();

    public EventDownloadRoutes(Store store) {
        this.store = store;
    }

    public List<ApiRoute> routes() {
        return List.of(ApiRoute.get("/api/events.csv", this::csv), ApiRoute.get("/api/events.plover", this::plover));
    }

    private List<Event> select(Context ctx) {
        EventSelection sel = EventSelection.from(new QueryParams(ctx, EventSelection.FILTERS));
        List<Event> all = store.events(sel.query());
        return sel.postFilter() == null ? all : all.stream().filter(sel.postFilter()).toList();
    }

    private ArticleOrigins origins() {
        return new ArticleOrigins(store::findArticle, store::configuredOutlet);
    }

    private void csv(Context ctx) throws IOException {
        List<Event> events = select(ctx);
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"faultline-events.csv\"");
        try (Writer w = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8))) {
            EventCsv csv = new EventCsv(w, origins());
            for (Event e : events) csv.write(e);
            csv.flush();
        }
    }

    private void plover(Context ctx) throws IOException {
        List<Event> events = select(ctx);
        ctx.contentType("application/x-ndjson; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"faultline-events.plover.jsonl\"");
        ArticleOrigins origins = origins();
        try (Writer w = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8))) {
            for (Event e : events) {
                w.write(mapper.writeValueAsString(PloverJson.event(e, origins.apply(e.articleId()))));
                w.write('\n');
            }
        }
    }
}
