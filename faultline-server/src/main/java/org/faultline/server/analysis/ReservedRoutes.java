package org.faultline.server.analysis;

import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.Map;
import org.faultline.server.http.ApiRoute;

/**
 * Endpoints whose data other parts of Faultline will provide ({@code /api/tension},
 * {@code /api/alerts}): they answer 501 with a JSON message until then, so clients can already
 * code against them and tell "not built" from "no data".
 */
public final class ReservedRoutes {
    private final List<String> paths;

    /** @param paths the reserved paths, e.g. "/api/tension" */
    public ReservedRoutes(List<String> paths) {
        this.paths = List.copyOf(paths);
    }

    public List<ApiRoute> routes() {
        return paths.stream().map(p -> ApiRoute.get(p, ctx -> {
            throw new HttpResponseException(501, p + " is not implemented in this version", Map.of());
        })).toList();
    }
}
