package org.faultline.server.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.NotFoundResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API's typed errors and how they are written. Every error body is a JSON object with at
 * least {@code "error"}; a bad parameter adds {@code "parameter"} and {@code "reason"}. Nothing
 * ever writes a stack trace: unexpected exceptions are logged with a reference id that the
 * client also gets, so an operator can find the trace from a user's report.
 */
public final class ApiErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private ApiErrors() {}

    /** 400 naming the bad parameter (query parameter, path parameter or body field) and why. */
    public static BadRequestResponse badParameter(String parameter, String reason) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("parameter", parameter);
        details.put("reason", reason);
        return new BadRequestResponse("invalid parameter '" + parameter + "': " + reason, details);
    }

    /** 404 for an id that names nothing. */
    public static NotFoundResponse notFound(String what, String id) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("id", id);
        return new NotFoundResponse("no " + what + " with id '" + id + "'", details);
    }

    /** Writes a typed HTTP error as JSON. */
    public static void write(HttpResponseException e, Context ctx) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("error", e.getMessage() == null || e.getMessage().isBlank() ? "error" : e.getMessage());
        body.put("status", e.getStatus());
        e.getDetails().forEach(body::put);
        ctx.status(e.getStatus()).json(body);
    }

    /** Logs an unexpected exception and answers 500 with a generic message and a log reference. */
    public static void internal(Exception e, Context ctx) {
        String ref = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("request {} {} failed (ref {})", ctx.method(), ctx.path(), ref, e);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("error", "internal error; the server log has the details under reference " + ref);
        body.put("status", 500);
        body.put("reference", ref);
        ctx.status(500).json(body);
    }
}
