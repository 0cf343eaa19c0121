package org.faultline.server.ingest;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

/**
 * The write endpoints' guard: with no token configured they are off (403); otherwise the request
 * must carry {@code Authorization: Bearer <token>} (401 when missing or wrong). Tokens are
 * compared as SHA-256 digests with {@link MessageDigest#isEqual}, which takes the same time
 * wherever they differ, and hashing first hides the token's length too.
 */
public final class BearerToken {
    private final byte[] expected;

    /** @param token the configured token, or null for "writes off" */
    public BearerToken(String token) {
        this.expected = token == null ? null : digest(token);
    }

    /** Throws the typed HTTP error when the request may not write. */
    public void check(Context ctx) {
        if (expected == null)
            throw new ForbiddenResponse("write endpoints are disabled: start the server with --token "
                    + "or the FAULTLINE_TOKEN environment variable to enable them", Map.of());
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new UnauthorizedResponse("missing bearer token: send 'Authorization: Bearer <token>'", Map.of());
        }
        if (!MessageDigest.isEqual(expected, digest(header.substring(7).strip()))) {
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            throw new UnauthorizedResponse("invalid bearer token", Map.of());
        }
    }

    private static byte[] digest(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
