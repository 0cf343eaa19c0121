package org.faultline.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.faultline.server.http.ApiRoute;
import org.faultline.server.http.QueryParams;

/** {@code GET /api/openapi.json}: the hand-written OpenAPI 3 document bundled as a resource. */
final class OpenApiRoute {
    static final String RESOURCE = "/org/faultline/server/openapi.json";
    private final byte[] document;

    OpenApiRoute() {
        try (InputStream in = OpenApiRoute.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    List<ApiRoute> routes() {
        return List.of(ApiRoute.get("/api/openapi.json", this::serve));
    }

    private void serve(Context ctx) {
        new QueryParams(ctx);
        ctx.contentType("application/json").result(document);
    }
}
