package org.faultline.watch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faultline.ingest.InputException;
import org.faultline.ingest.source.LoadedText;
import org.faultline.ingest.source.TextDecoder;

/**
 * An HTTP GET that sends the validators of the previous answer ({@code If-None-Match},
 * {@code If-Modified-Since}), so an unchanged feed costs a 304 and no parsing. Only for
 * operator-configured watch sources. Non-2xx answers, time-outs and oversize bodies become an
 * {@link InputException} naming the reason ("HTTP 500").
 */
final class ConditionalGet {
    private static final Pattern CHARSET = Pattern.compile("charset=\"?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

    /** What a poll got: {@code loaded} is null when the server said 304 Not Modified. */
    record Answer(LoadedText loaded, String etag, String lastModified) {
        boolean notModified() { return loaded == null; }
    }

    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;

    ConditionalGet(Duration timeout, long maxBytes) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    Answer fetch(String url, String etag, String lastModified) throws InputException {
        HttpRequest.Builder b;
        try {
            b = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().header("User-Agent", "Faultline/0.1 (watch)");
        } catch (IllegalArgumentException e) {
            throw new InputException("malformed URL: " + e.getMessage(), e);
        }
        if (etag != null) b.header("If-None-Match", etag);
        if (lastModified != null) b.header("If-Modified-Since", lastModified);
        HttpResponse<byte[]> r;
        try {
            r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new InputException("cannot fetch: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException("interrupted while fetching", e);
        }
        String newEtag = r.headers().firstValue("ETag").orElse(etag);
        String newModified = r.headers().firstValue("Last-Modified").orElse(lastModified);
        if (r.statusCode() == 304) return new Answer(null, newEtag, newModified);
        if (r.statusCode() / 100 != 2) throw new InputException("HTTP " + r.statusCode());
        if (r.body().length > maxBytes) throw new InputException("too large: over " + maxBytes + " bytes");
        String contentType = r.headers().firstValue("Content-Type").orElse(null);
        TextDecoder.DecodeResult d = TextDecoder.decode(r.body(), charset(contentType));
        return new Answer(new LoadedText(d.text(), contentType, r.uri().toString(), d.problems()), newEtag, newModified);
    }

    private static Charset charset(String contentType) {
        if (contentType == null) return null;
        Matcher m = CHARSET.matcher(contentType);
        if (!m.find()) return null;
        try {
            return Charset.forName(m.group(1).toLowerCase(Locale.ROOT));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
