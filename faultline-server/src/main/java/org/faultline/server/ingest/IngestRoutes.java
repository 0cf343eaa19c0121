package org.faultline.server.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.faultline.server.ServerOptions;
import org.faultline.server.http.ApiRoute;

/**
 * {@code POST /api/articles}: token check, body size limit, JSON validation, then the configured
 * {@link ArticleIngest}. 201 with a Location header for a new article, 200 when it was already
 * stored, 422 when the input gives no article, 501 when this server has no ingest function,
 * 503 (with {@code Retry-After}) when every annotation slot stayed busy.
 */
public final class IngestRoutes {
    private final ArticleIngest ingest;
    private final BearerToken token;
    private final long maxBody;
    private final IngestBodyParser parser;
    private final ObjectMapper mapper;

    /** @param ingest the ingest function, or null when this server cannot ingest */
    public IngestRoutes(ArticleIngest ingest, ServerOptions options, ObjectMapper mapper) {
        this.ingest = ingest;
        this.token = new BearerToken(options.token());
        this.maxBody = options.maxBodyBytes();
        this.parser = new IngestBodyParser(mapper);
        this.mapper = mapper;
    }

    public List<ApiRoute> routes() {
        return List.of(ApiRoute.post("/api/articles", this::post));
    }

    private void post(Context ctx) throws IOException {
        token.check(ctx);
        if (ingest == null) throw new HttpResponseException(501, "this server was started without an ingest function", Map.of());
        IngestRequest request = parser.parse(boundedBody(ctx));
        IngestResult result;
        try {
            result = ingest.ingest(request);
        } catch (IngestRejectedException e) {
            throw new HttpResponseException(422, "the input gave no article: " + e.getMessage(), Map.of());
        } catch (IngestBusyException e) {
            ctx.header("Retry-After", "5");
            throw new HttpResponseException(503, e.getMessage(), Map.of());
        }
        ObjectNode body = mapper.createObjectNode();
        body.put("id", result.articleId());
        body.put("created", result.created());
        body.put("title", result.title());
        body.put("events", result.events());
        body.put("duplicate_of", result.duplicateOf());
        String location = "/api/articles/" + result.articleId();
        body.put("href", location);
        if (result.created()) ctx.status(201).header("Location", location);
        ctx.json(body);
    }

    /** The body, refusing (413) one longer than the limit before reading it whole when its length is declared. */
    private byte[] boundedBody(Context ctx) throws IOException {
        long declared = ctx.contentLength();
        if (declared > maxBody) throw tooLarge();
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
            if (bytes.length > maxBody) throw tooLarge();
            return bytes;
        }
    }

    private ContentTooLargeResponse tooLarge() {
        return new ContentTooLargeResponse("request body is larger than the limit of " + maxBody + " bytes",
                Map.of("limit_bytes", Long.toString(maxBody)));
    }
}
