package org.faultline.server.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * Figures of one benchmark scenario.
 *
 * @param scenario          what was requested
 * @param requests          requests measured (warm-up excluded)
 * @param threads           concurrent clients
 * @param errors            responses that were not 200
 * @param requestsPerSecond measured requests divided by the wall time they took
 * @param p50Ms             median latency
 * @param p95Ms             95th percentile latency
 * @param maxMs             slowest request
 * @param serverP50Ms       median time the server itself spent (its Server-Timing header), -1 when unknown
 * @param serverP95Ms       95th percentile of the server's own time, -1 when unknown
 */
public record LoadResult(String scenario, int requests, int threads, int errors, double requestsPerSecond,
                         double p50Ms, double p95Ms, double maxMs, double serverP50Ms, double serverP95Ms) {
    /** Summarises latencies (nanoseconds, any order) and server times (ms, -1 unknown) measured over {@code wallNanos}. */
    static LoadResult of(String scenario, long[] latencies, double[] serverMs, int threads, int errors, long wallNanos) {
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        double[] server = Arrays.stream(serverMs).filter(d -> d >= 0).sorted().toArray();
        return new LoadResult(scenario, sorted.length, threads, errors, sorted.length / (wallNanos / 1e9),
                ms(sorted[index(sorted.length, 0.50)]), ms(sorted[index(sorted.length, 0.95)]), ms(sorted[sorted.length - 1]),
                server.length == 0 ? -1 : server[index(server.length, 0.50)], server.length == 0 ? -1 : server[index(server.length, 0.95)]);
    }

    private static int index(int length, double p) {
        int i = (int) Math.ceil(p * length) - 1;
        return Math.max(0, Math.min(length - 1, i));
    }

    private static double ms(long nanos) { return nanos / 1e6; }

    /** One table row. */
    public String row() {
        return String.format(Locale.ROOT, "%-38s %7d %4d %7.0f %8.1f %8.1f %8.1f %9.1f %9.1f %6d", scenario, requests, threads,
                requestsPerSecond, p50Ms, p95Ms, maxMs, serverP50Ms, serverP95Ms, errors);
    }

    public static String header() {
        return String.format(Locale.ROOT, "%-38s %7s %4s %7s %8s %8s %8s %9s %9s %6s", "scenario", "reqs", "thr", "req/s",
                "p50 ms", "p95 ms", "max ms", "srv p50", "srv p95", "errors");
    }
}
