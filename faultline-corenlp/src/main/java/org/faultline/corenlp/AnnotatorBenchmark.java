package org.faultline.corenlp;

import org.faultline.nlp.Annotator;
import org.faultline.nlp.Doc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A micro benchmark for any {@link Annotator}: annotates the given texts on a fixed thread pool
 * and reports throughput and peak heap. Load the annotator before calling (its load time is not
 * measured here) and run once to warm up the JIT if the numbers matter.
 */
public final class AnnotatorBenchmark {

    private static final Logger log = LoggerFactory.getLogger(AnnotatorBenchmark.class);
    private static final LocalDate DEFAULT_REPORT_DATE = LocalDate.of(2024, 1, 25);

    private AnnotatorBenchmark() {
    }

    public static BenchmarkResult run(Annotator annotator, List<String> texts, int threads) {
        return run(annotator, texts, threads, DEFAULT_REPORT_DATE);
    }

    public static BenchmarkResult run(Annotator annotator, List<String> texts, int threads, LocalDate reportDate) {
        if (annotator == null) throw new IllegalArgumentException("annotator must not be null");
        if (texts == null || texts.isEmpty()) throw new IllegalArgumentException("texts must not be empty, was " + texts);
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, was " + threads);

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "heap-sampler"));
        sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
                0, 20, TimeUnit.MILLISECONDS);
        ThreadMXBean threadsBean = ManagementFactory.getThreadMXBean();
        AtomicLong cpuNanos = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> daemon(r, "annotate"));
        long tokens = 0;
        long start = System.nanoTime();
        try {
            List<Future<Doc>> futures = new ArrayList<>(texts.size());
            for (int i = 0; i < texts.size(); i++) {
                String id = "bench-" + i;
                String text = texts.get(i);
                futures.add(pool.submit(() -> {
                    long cpu = threadsBean.getCurrentThreadCpuTime();
                    Doc doc = annotator.annotate(id, text, reportDate);
                    cpuNanos.addAndGet(threadsBean.getCurrentThreadCpuTime() - cpu);
                    return doc;
                }));
            }
            for (Future<Doc> f : futures) tokens += f.get().tokenCount();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("annotation failed during benchmark: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
            sampler.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = cpuNanos.get() / 1e9;
        BenchmarkResult result = new BenchmarkResult(texts.size(), tokens, threads, seconds, tokens / seconds,
                texts.size() / seconds, cpuSeconds, tokens / cpuSeconds, peak.get() / (1024 * 1024));
        log.info("benchmark: {}", result.summary());
        return result;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
