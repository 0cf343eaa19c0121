package org.faultline.server.http;

import io.javalin.http.Handler;
import java.util.Locale;

/**
 * One endpoint of the API: method, path (Javalin syntax, {@code {id}} for a path parameter, the
 * same spelling as the OpenAPI document) and handler. Feature classes hand out lists of these so
 * the server registers them in one place and tests can check the OpenAPI document covers them all.
 *
 * @param method  HTTP method, upper case ("GET", "POST")
 * @param path    path starting with "/api/"
 * @param handler what answers it
 */
public record ApiRoute(String method, String path, Handler handler) {
    public ApiRoute {
        if (method == null || !method.matches("GET|POST|PUT|DELETE|PATCH"))
            throw new IllegalArgumentException("unsupported HTTP method: " + method);
        if (path == null || !path.startsWith("/api/")) throw new IllegalArgumentException("API path must start with /api/: " + path);
        if (handler == null) throw new IllegalArgumentException("route " + method + " " + path + " needs a handler");
        method = method.toUpperCase(Locale.ROOT);
    }

    public static ApiRoute get(String path, Handler handler) { return new ApiRoute("GET", path, handler); }

    public static ApiRoute post(String path, Handler handler) { return new ApiRoute("POST", path, handler); }

    /** "GET /api/events" */
    public String key() { return method + " " + path; }
}
