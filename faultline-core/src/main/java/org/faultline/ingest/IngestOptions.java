package org.faultline.ingest;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How the {@link Ingestor} reads its inputs.
 *
 * @param maxBytes          inputs larger than this many bytes fail with a clear reason (default 10 MB)
 * @param publishedOverride publication date forced on every article read (e.g. {@code --published}), or null
 * @param connectTimeout    time allowed to open an HTTP connection
 * @param requestTimeout    time allowed for a whole HTTP request, body included (redirects too)
 * @param allowPrivateUrls  true lets URLs reach loopback, private and link-local addresses; off by
 *                          default so nobody can make Faultline fetch from its own network (SSRF)
 */
public record IngestOptions(long maxBytes, LocalDate publishedOverride, Duration connectTimeout,
                            Duration requestTimeout, boolean allowPrivateUrls) {
    /** Default size limit: 10 MB. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    public IngestOptions {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (connectTimeout.isNegative() || connectTimeout.isZero())
            throw new IllegalArgumentException("connectTimeout must be positive, was " + connectTimeout);
        if (requestTimeout.isNegative() || requestTimeout.isZero())
            throw new IllegalArgumentException("requestTimeout must be positive, was " + requestTimeout);
    }

    public IngestOptions(long maxBytes, LocalDate publishedOverride, Duration connectTimeout, Duration requestTimeout) {
        this(maxBytes, publishedOverride, connectTimeout, requestTimeout, false);
    }

    /** 10 MB limit, no date override, 10 s to connect, 30 s per request, public addresses only. */
    public static IngestOptions defaults() {
        return new IngestOptions(DEFAULT_MAX_BYTES, null, Duration.ofSeconds(10), Duration.ofSeconds(30), false);
    }

    public IngestOptions withAllowPrivateUrls(boolean allow) {
        return new IngestOptions(maxBytes, publishedOverride, connectTimeout, requestTimeout, allow);
    }

    public IngestOptions withMaxBytes(long bytes) {
        return new IngestOptions(bytes, publishedOverride, connectTimeout, requestTimeout, allowPrivateUrls);
    }

    public IngestOptions withPublishedOverride(LocalDate date) {
        return new IngestOptions(maxBytes, date, connectTimeout, requestTimeout, allowPrivateUrls);
    }

    public IngestOptions withTimeouts(Duration connect, Duration request) {
        return new IngestOptions(maxBytes, publishedOverride, connect, request, allowPrivateUrls);
    }
}
