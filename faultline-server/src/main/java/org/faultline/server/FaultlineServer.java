package org.faultline.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.staticfiles.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.faultline.server.analysis.ReservedRoutes;
import org.faultline.server.analysis.DyadRoutes;
import org.faultline.server.articles.ArticleRoutes;
import org.faultline.server.claims.ClaimRoutes;
import org.faultline.server.commitments.CommitmentRoutes;
import org.faultline.server.incidents.IncidentRoutes;
import org.faultline.server.events.ActorRoutes;
import org.faultline.server.events.EventRoutes;
import org.faultline.server.http.ApiErrors;
import org.faultline.server.http.ApiRoute;
import org.faultline.server.http.BufferedJsonMapper;
import org.faultline.server.http.JsonErrorHandler;
import org.faultline.server.http.ServerTiming;
import org.faultline.server.ingest.ArticleIngest;
import org.faultline.server.ingest.IngestRoutes;
import org.faultline.server.search.SearchRoutes;
import org.faultline.server.stats.StatsRoutes;
import org.faultline.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST API and dashboard over a {@link org.faultline.store.Store}: JSON endpoints under
 * {@code /api} (described by {@code /api/openapi.json}), the dashboard's static files at
 * {@code /}. Needs a store (left open: the caller owns it), an optional ingest function for
 * {@code POST /api/articles} and the options (token, body limit, page caps).
 *
 * <pre>{@code
 * FaultlineServer server = new FaultlineServer(store, null, ServerOptions.defaults()).start(0);
 * URI api = URI.create("http://127.0.0.1:" + server.port() + "/api/events?dyad=AZE-ARM");
 * server.stop();
 * }</pre>
 * Errors are JSON ({@code {"error", "status", ...}}; a bad parameter adds {@code parameter} and
 * {@code reason}); nothing answers with a stack trace.
 */
public final class FaultlineServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FaultlineServer.class);
    /** Scripts only from this server, no inline code: article text shown by the dashboard can never run. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    private static final String STARTED = "faultline.started";

    private final ServerOptions options;
    private final List<ApiRoute> routes;
    private final ObjectMapper mapper = new ObjectMapper();
    private Javalin app;

    /**
     * @param store   the store to serve (not closed by the server)
     * @param ingest  what POST /api/articles runs, or null for a server that cannot ingest
     * @param options host, token, limits
     */
    public FaultlineServer(Store store, ArticleIngest ingest, ServerOptions options) {
        this(store, ingest, options, new org.faultline.server.analysis.TensionRoutes(store).routes());
    }

    /**
     * A server with endpoints contributed by other modules (the tension analysis, for one).
     *
     * @param extraRoutes more endpoints; one with the method and path of a reserved endpoint
     *                    ({@code GET /api/tension}, {@code GET /api/alerts}) replaces it
     * @throws IllegalArgumentException when an extra route repeats a built-in or another extra one
     */
    public FaultlineServer(Store store, ArticleIngest ingest, ServerOptions options, List<ApiRoute> extraRoutes) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(extraRoutes, "extraRoutes");
        this.options = Objects.requireNonNull(options, "options");
        Map<String, ApiRoute> all = new LinkedHashMap<>();
        List<ApiRoute> builtIn = new ArrayList<>();
        builtIn.addAll(new ArticleRoutes(store, options, mapper).routes());
        builtIn.addAll(new IngestRoutes(ingest, options, mapper).routes());
        builtIn.addAll(new EventRoutes(store, options).routes());
        builtIn.addAll(new org.faultline.server.events.EventDownloadRoutes(store).routes());
        builtIn.addAll(new org.faultline.server.watch.SourceRoutes(store).routes());
        builtIn.addAll(new ActorRoutes(store, options).routes());
        builtIn.addAll(new SearchRoutes(store).routes());
        builtIn.addAll(new ClaimRoutes(store, options).routes());
        builtIn.addAll(new IncidentRoutes(store, options).routes());
        builtIn.addAll(new CommitmentRoutes(store, options).routes());
        builtIn.addAll(new DyadRoutes(store).routes());
        builtIn.addAll(new StatsRoutes(store).routes());
        builtIn.addAll(new OpenApiRoute().routes());
        for (ApiRoute r : builtIn) all.put(r.key(), r);
        List<ApiRoute> reserved = new ReservedRoutes(List.of("/api/tension", "/api/alerts")).routes();
        for (ApiRoute r : reserved) all.put(r.key(), r);
        for (ApiRoute r : extraRoutes) {
            ApiRoute previous = all.get(r.key());
            if (previous != null && !reserved.contains(previous))
                throw new IllegalArgumentException("route " + r.key() + " is already served");
            all.put(r.key(), r);
        }
        this.routes = List.copyOf(all.values());
    }

    /** Starts listening on {@code port} (0 picks a free one) at the configured host. */
    public synchronized FaultlineServer start(int port) {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be in 0..65535, was " + port);
        if (app != null) throw new IllegalStateException("server already started on port " + app.port());
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new BufferedJsonMapper(mapper));
            config.http.maxRequestSize = options.maxBodyBytes();
            // errors Jetty answers itself (bad paths, 414, 431) are JSON with our headers too
            JsonErrorHandler errors = new JsonErrorHandler(CSP);
            config.jetty.modifyServer(server -> server.setErrorHandler(errors));
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(errors));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Content-Security-Policy", CSP, "X-Content-Type-Options", "nosniff");
            });
            config.routes.before(ctx -> {
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.attribute(STARTED, System.nanoTime());
            });
            // the time spent in the server (handler and JSON), so a client can tell its own and the
            // network's delays from the server's (faultline bench --api reports both)
            config.routes.after(ctx -> {
                Long t0 = ctx.attribute(STARTED);
                if (t0 != null) ctx.header("Server-Timing", ServerTiming.header(System.nanoTime() - t0));
            });
            for (ApiRoute r : routes) config.routes.addHttpHandler(HandlerType.findOrCreate(r.method()), r.path(), r.handler());
            // anything else under /api is a JSON 404 naming the method and path
            for (HandlerType t : HandlerType.commonHttp())
                if (t != HandlerType.HEAD && t != HandlerType.OPTIONS)
                    config.routes.addHttpHandler(t, "/api/<rest>", ctx -> {
                        throw new NotFoundResponse("no endpoint " + ctx.method() + " " + ctx.path()
                                + "; the endpoints are listed at /api/openapi.json", Map.of());
                    });
            config.routes.exception(HttpResponseException.class, ApiErrors::write);
            config.routes.exception(Exception.class, ApiErrors::internal);
        });
        app.start(options.host(), port);
        LOG.info("Faultline API listening on http://{}:{}/ ({})", options.host(), app.port(), options);
        return this;
    }

    /** The port listened on. */
    public synchronized int port() {
        if (app == null) throw new IllegalStateException("server not started");
        return app.port();
    }

    /** Stops listening; the store stays open. Does nothing when not started. */
    public synchronized void stop() {
        if (app == null) return;
        app.stop();
        app = null;
    }

    @Override
    public void close() { stop(); }

    /** "GET /api/events" and the like: every API endpoint this server answers. */
    public List<String> routes() {
        return routes.stream().map(ApiRoute::key).toList();
    }
}
