package org.faultline.corenlp;

/**
 * Figures from one {@link AnnotatorBenchmark} run.
 *
 * @param docs           documents annotated
 * @param tokens         tokens produced
 * @param threads        threads used
 * @param seconds        wall-clock time
 * @param tokensPerSecond tokens / seconds
 * @param docsPerSecond  docs / seconds
 * @param cpuSeconds     CPU time the annotating threads used: unlike wall time, it barely
 *                       changes when other processes compete for the cores
 * @param tokensPerCpuSecond tokens / cpuSeconds: the throughput of one uncontended core
 * @param peakHeapMb     highest used heap seen while running (sampled every 20 ms), in MB
 */
public record BenchmarkResult(int docs, long tokens, int threads, double seconds, double tokensPerSecond,
                              double docsPerSecond, double cpuSeconds, double tokensPerCpuSecond,
                              long peakHeapMb) {

    /** One line for logs and the CLI. */
    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "%d docs, %d tokens, %d thread(s): %.1f s, %.0f tokens/s, %.2f docs/s;"
                        + " CPU %.1f s, %.0f tokens per CPU-second; peak heap %d MB",
                docs, tokens, threads, seconds, tokensPerSecond, docsPerSecond, cpuSeconds, tokensPerCpuSecond,
                peakHeapMb);
    }
}
