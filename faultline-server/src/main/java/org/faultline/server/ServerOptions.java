package org.faultline.server;

/**
 * How the server runs.
 *
 * @param host         interface to bind ("127.0.0.1" by default: the API is for the analyst's own
 *                     machine unless they choose to expose it)
 * @param token        the bearer token write endpoints require; null or blank turns writes off
 * @param maxBodyBytes largest request body accepted (413 above it)
 * @param defaultLimit page size when a listing request gives no limit
 * @param maxLimit     largest page size a listing request may ask for (400 above it)
 * @param maxScan      most events one request may scan for filters the store cannot index
 *                     (actor, text, undirected dyad, the actor counts); past it, a 400 asks the
 *                     client to narrow the query
 */
public record ServerOptions(String host, String token, long maxBodyBytes, int defaultLimit, int maxLimit, long maxScan) {
    /** 1 MB: a long article as JSON is well below it. */
    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    public ServerOptions {
        if (host == null || host.isBlank()) throw new IllegalArgumentException("host must not be blank");
        token = token == null || token.isBlank() ? null : token.strip();
        if (maxBodyBytes < 1) throw new IllegalArgumentException("maxBodyBytes must be >= 1, was " + maxBodyBytes);
        if (maxLimit < 1) throw new IllegalArgumentException("maxLimit must be >= 1, was " + maxLimit);
        if (defaultLimit < 1 || defaultLimit > maxLimit)
            throw new IllegalArgumentException("defaultLimit must be in 1.." + maxLimit + ", was " + defaultLimit);
        if (maxScan < 1) throw new IllegalArgumentException("maxScan must be >= 1, was " + maxScan);
    }

    /** Loopback only, no token (read-only), 1 MB bodies, pages of 50 up to 500, scans of up to 200,000 events. */
    public static ServerOptions defaults() {
        return new ServerOptions("127.0.0.1", null, DEFAULT_MAX_BODY_BYTES, 50, 500, 200_000);
    }

    public ServerOptions withHost(String h) { return new ServerOptions(h, token, maxBodyBytes, defaultLimit, maxLimit, maxScan); }

    public ServerOptions withToken(String t) { return new ServerOptions(host, t, maxBodyBytes, defaultLimit, maxLimit, maxScan); }

    public ServerOptions withMaxBodyBytes(long n) { return new ServerOptions(host, token, n, defaultLimit, maxLimit, maxScan); }

    public ServerOptions withMaxScan(long n) { return new ServerOptions(host, token, maxBodyBytes, defaultLimit, maxLimit, n); }

    /** True when a token is configured, i.e. write endpoints are on. */
    public boolean writable() { return token != null; }

    @Override
    public String toString() {
        // never print the token
        return "ServerOptions[host=" + host + ", token=" + (token == null ? "none" : "set") + ", maxBodyBytes="
                + maxBodyBytes + ", defaultLimit=" + defaultLimit + ", maxLimit=" + maxLimit + ", maxScan=" + maxScan + "]";
    }
}
