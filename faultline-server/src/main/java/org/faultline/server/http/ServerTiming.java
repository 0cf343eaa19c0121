package org.faultline.server.http;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code Server-Timing} response header (W3C Server Timing) the API sends with every
 * answer: {@code app;dur=1.23}, the milliseconds between the request reaching the handlers and
 * the response body being ready. Gives the header for a duration and reads it back (the bench's
 * load generator reports it beside the latency its clients saw).
 */
public final class ServerTiming {
    private static final Pattern DUR = Pattern.compile("(?:^|,)\\s*app\\s*;(?:[^,]*;)?\\s*dur=([0-9.]+)");

    private ServerTiming() {}

    /** The header value for a duration in nanoseconds. */
    public static String header(long nanos) {
        return String.format(Locale.ROOT, "app;dur=%.2f", nanos / 1e6);
    }

    /** The server's milliseconds in a header value, or -1 when it has none. */
    public static double millis(String header) {
        if (header == null) return -1;
        Matcher m = DUR.matcher(header);
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }
}
