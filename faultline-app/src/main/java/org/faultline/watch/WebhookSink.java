package org.faultline.watch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers an alert as a JSON POST. The body is signed with HMAC-SHA256 of the shared secret,
 * sent as {@code X-Faultline-Signature: sha256=HEX} (the receiver recomputes it over the raw body
 * and compares in constant time). A failed attempt (connection error or a non-2xx answer) is
 * retried with exponential backoff up to {@code attempts} times; what still fails is left pending
 * in the store and retried on the next watch cycle.
 */
final class WebhookSink implements AlertSink {
    /** The header carrying the signature. */
    static final String SIGNATURE_HEADER = "X-Faultline-Signature";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookSink.class);

    private final String name;
    private final URI url;
    private final byte[] secret;
    private final int attempts;
    private final Duration firstBackoff;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    WebhookSink(String name, String url, String secret, int attempts, Duration firstBackoff) {
        this.name = name;
        this.url = URI.create(url);
        this.secret = secret == null ? null : secret.getBytes(StandardCharsets.UTF_8);
        this.attempts = Math.max(1, attempts);
        this.firstBackoff = firstBackoff;
    }

    @Override
    public String name() { return name; }

    @Override
    public void deliver(String json) throws Exception {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder b = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (secret != null) b.header(SIGNATURE_HEADER, "sha256=" + sign(secret, body));
        HttpRequest request = b.build();
        String last = null;
        long wait = firstBackoff.toMillis();
        for (int i = 1; i <= attempts; i++) {
            try {
                HttpResponse<Void> r = client.send(request, HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() / 100 == 2) return;
                last = "HTTP " + r.statusCode();
            } catch (IOException e) {
                last = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
            if (i < attempts) {
                LOG.warn("webhook {}: attempt {} of {} failed ({}); retrying in {} ms", name, i, attempts, last, wait);
                Thread.sleep(wait);
                wait *= 2;
            }
        }
        throw new IOException("webhook " + url + " failed " + attempts + " time(s): " + last);
    }

    /** Hex HMAC-SHA256 of {@code body} under {@code key}. */
    static String sign(byte[] key, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
