package org.faultline.ingest.source;

import org.faultline.ingest.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetches an http(s) URL as text with timeouts and the same size limit as files. Non-2xx answers,
 * time-outs, refused connections, oversize and binary bodies become an {@link InputException}.
 * Redirects are followed here (at most {@value #MAX_REDIRECTS}), not by the client, so that the
 * {@link AddressGuard} judges every hop: a public URL redirecting to a private address is refused.
 * One client per fetcher; the fetcher is safe to share between threads.
 */
public final class HttpFetcher {
    private static final Pattern CHARSET = Pattern.compile("charset=\"?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final String USER_AGENT = "Faultline/0.1 (news ingest)";

    static final int MAX_REDIRECTS = 5;

    private final HttpClient client;
    private final Duration requestTimeout;
    private final long maxBytes;
    private final AddressGuard guard;

    /** @param guard which addresses may be fetched (checked on the URL and on every redirect) */
    public HttpFetcher(Duration connectTimeout, Duration requestTimeout, long maxBytes, AddressGuard guard) {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.requestTimeout = requestTimeout;
        this.maxBytes = maxBytes;
        this.guard = java.util.Objects.requireNonNull(guard, "guard");
    }

    public LoadedText fetch(URI uri) throws InputException {
        long deadline = System.nanoTime() + requestTimeout.toNanos();
        URI current = uri;
        for (int hop = 0; ; hop++) {
            guard.check(current);
            HttpResponse<InputStream> response = send(current, deadline);
            int status = response.statusCode();
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                discard(response);
                String location = response.headers().firstValue("Location").orElse(null);
                if (location == null) throw new InputException("HTTP " + status + " redirect without a Location");
                if (hop >= MAX_REDIRECTS) throw new InputException("too many redirects (over " + MAX_REDIRECTS + ")");
                current = redirectTarget(current, location);
                continue;
            }
            return read(response);
        }
    }

    private static URI redirectTarget(URI from, String location) throws InputException {
        URI next;
        try {
            next = from.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            throw new InputException("redirected to an invalid URL: " + location);
        }
        String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https"))
            throw new InputException("redirected to a non-http(s) URL: " + location);
        return next;
    }

    private static void discard(HttpResponse<InputStream> response) {
        try (InputStream in = response.body()) {
            in.readNBytes(64 * 1024);
        } catch (IOException ignored) {
            // the body of a redirect is not needed
        }
    }

    private HttpResponse<InputStream> send(URI uri, long deadline) throws InputException {
        long left = deadline - System.nanoTime();
        if (left <= 0) throw new InputException(timedOut());
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofNanos(left)).GET()
                .header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                        + "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            if (e instanceof java.net.http.HttpConnectTimeoutException)
                throw new InputException("cannot fetch: " + FetchErrors.describe(e, uri), e);
            throw new InputException(timedOut(), e);
        } catch (IOException e) {
            throw new InputException("cannot fetch: " + FetchErrors.describe(e, uri), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException("interrupted while fetching", e);
        } catch (IllegalArgumentException e) {
            throw new InputException("cannot fetch: the URL is not valid (" + e.getMessage() + ")", e);
        }
    }

    private LoadedText read(HttpResponse<InputStream> response) throws InputException {
        URI uri = response.uri();
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        byte[] body;
        try (InputStream in = response.body()) {
            if (response.statusCode() / 100 != 2) throw new InputException("HTTP " + response.statusCode());
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (HttpTimeoutException e) {
            throw new InputException(timedOut(), e);
        } catch (IOException e) {
            throw new InputException("cannot read response: " + FetchErrors.describe(e, uri), e);
        }
        if (body.length > maxBytes) throw new InputException("too large: response is over the "
                + FileLoader.human(maxBytes) + " limit");
        TextDecoder.DecodeResult decoded = TextDecoder.decode(body, charsetOf(contentType));
        return new LoadedText(decoded.text(), contentType, response.uri().toString(), decoded.problems());
    }

    private String timedOut() {
        return String.format(Locale.ROOT, "timed out after %.1f s", requestTimeout.toMillis() / 1000.0);
    }

    static Charset charsetOf(String contentType) {
        if (contentType == null) return null;
        Matcher m = CHARSET.matcher(contentType);
        if (!m.find()) return null;
        try {
            return Charset.forName(m.group(1).toLowerCase(Locale.ROOT));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
