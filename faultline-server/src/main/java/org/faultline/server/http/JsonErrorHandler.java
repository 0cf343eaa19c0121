package org.faultline.server.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (a request it refuses before the API sees it: 400 for an ambiguous
 * path such as {@code %00} or {@code ..}, 414 for a URI too long, 431 for headers too large) as
 * the same JSON the API writes ({@code {"error", "status"}}) with the same security headers,
 * instead of Jetty's HTML page. Never includes a stack trace or the cause.
 */
public final class JsonErrorHandler extends ErrorHandler {
    private final String contentSecurityPolicy;

    /** @param contentSecurityPolicy the policy the server sends with every page */
    public JsonErrorHandler(String contentSecurityPolicy) {
        this.contentSecurityPolicy = contentSecurityPolicy;
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message,
                                    Throwable cause, Callback callback) throws IOException {
        HttpFields.Mutable headers = response.getHeaders();
        headers(headers);
        response.write(true, ByteBuffer.wrap(body(code, message)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        headers(fields);
        return ByteBuffer.wrap(body(status, reason));
    }

    private void headers(HttpFields.Mutable headers) {
        headers.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8"));
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Content-Security-Policy", contentSecurityPolicy);
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
    }

    static byte[] body(int status, String reason) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        String standard = HttpStatus.getMessage(status);
        String detail = reason == null || reason.isBlank() || reason.equals(standard) ? "" : ": " + reason;
        body.put("error", "request refused by the HTTP layer (" + standard + detail + ")");
        body.put("status", status);
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }
}
