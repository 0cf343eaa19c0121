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
 * One client per fetcher; the fetcher is safe to share between threads.
 */
public final class HttpFetcher {
    private static final Pattern CHARSET = Pattern.compile("charset=\"?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final String USER_AGENT = "Faultline/0.1 (news ingest)";

    private final HttpClient client;
    private final Duration requestTimeout;
    private final long maxBytes;

    public HttpFetcher(Duration connectTimeout, Duration requestTimeout, long maxBytes) {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.requestTimeout = requestTimeout;
        this.maxBytes = maxBytes;
    }

    public LoadedText fetch(URI uri) throws InputException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(requestTimeout).GET()
                .header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                        + "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
                .build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new InputException(timedOut(), e);
        } catch (IOException e) {
            throw new InputException("cannot fetch: " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException("interrupted while fetching", e);
        }
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        byte[] body;
        try (InputStream in = response.body()) {
            if (response.statusCode() / 100 != 2) throw new InputException("HTTP " + response.statusCode());
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (HttpTimeoutException e) {
            throw new InputException(timedOut(), e);
        } catch (IOException e) {
            throw new InputException("cannot read response: " + describe(e), e);
        }
        if (body.length > maxBytes) throw new InputException("too large: response is over the "
                + FileLoader.human(maxBytes) + " limit");
        TextDecoder.DecodeResult decoded = TextDecoder.decode(body, charsetOf(contentType));
        return new LoadedText(decoded.text(), contentType, response.uri().toString(), decoded.problems());
    }

    private String timedOut() {
        return String.format(Locale.ROOT, "timed out after %.1f s", requestTimeout.toMillis() / 1000.0);
    }

    private static String describe(IOException e) {
        String msg = e.getMessage();
        if (msg == null || msg.isBlank()) msg = e.getClass().getSimpleName();
        return msg;
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
