package org.faultline.server.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.faultline.server.http.ServerTiming;

/**
 * Sends a bounded number of GET requests from concurrent clients and measures each one's latency
 * (request sent to body fully read) and the server's own time for it (its {@code Server-Timing}
 * header), so queueing on a loaded machine can be told from slow handling. The paths are cycled through so the server cannot answer
 * one cached query. A warm-up round (a fifth of the requests, at least 20) runs first and is not
 * counted, so the JIT and SQLite's page cache are warm as in a running server.
 */
final class LoadRunner {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    LoadRunner(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    LoadResult run(String scenario, List<String> paths, int threads, int requests) throws InterruptedException {
        if (paths.isEmpty()) throw new IllegalArgumentException("scenario " + scenario + " has no paths");
        int warm = Math.max(20, requests / 5);
        round(paths, threads, warm, new long[warm], new double[warm]);
        long[] latencies = new long[requests];
        double[] serverMs = new double[requests];
        long start = System.nanoTime();
        int errors = round(paths, threads, requests, latencies, serverMs);
        return LoadResult.of(scenario, latencies, serverMs, threads, errors, System.nanoTime() - start);
    }

    private int round(List<String> paths, int threads, int requests, long[] latencies, double[] serverMs)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger(), errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                        HttpRequest req = HttpRequest.newBuilder(URI.create(base + paths.get(i % paths.size())))
                                .timeout(Duration.ofSeconds(60)).GET().build();
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<byte[]> r = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
                            if (r.statusCode() != 200) errors.incrementAndGet();
                            serverMs[i] = ServerTiming.millis(r.headers().firstValue("Server-Timing").orElse(null));
                        } catch (IOException e) {
                            errors.incrementAndGet();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        latencies[i] = System.nanoTime() - t0;
                    }
                }));
            }
            for (Future<?> f : done) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("load client failed", e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return errors.get();
    }
}
