package org.faultline.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.faultline.ingest.IngestOutcome;
import org.faultline.pipeline.IngestJob;

/**
 * Shows ingest progress on stderr: one step per article finished (stored, unchanged or failed);
 * the total grows as feeds and JSONL files reveal how many articles they hold. Failures are
 * printed as they happen, one line each, so they are not lost behind the bar. The animated bar
 * is drawn only on a terminal; when stderr goes to a file or a pipe (cron, CI, a log), a plain
 * line every {@value #LINE_EVERY} articles is written instead of carriage-return frames.
 */
final class IngestProgressBar implements IngestJob.Progress, AutoCloseable {
    private final ProgressBar bar;
    private final PrintWriter err;
    static final int LINE_EVERY = 25;
    private final boolean lines;
    private long known, done;

    IngestProgressBar(PrintWriter err, boolean quiet) {
        this(err, quiet, System.console() != null);
    }

    IngestProgressBar(PrintWriter err, boolean quiet, boolean terminal) {
        this.err = err;
        this.lines = !quiet && !terminal;
        this.bar = quiet || !terminal ? null : new ProgressBarBuilder().setTaskName("ingest").setUnit(" articles", 1)
                .setStyle(ProgressBarStyle.ASCII).setInitialMax(-1).continuousUpdate()
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
    }

    @Override public synchronized void queued(String id) { grow(); }

    @Override public synchronized void unchanged(String id) { grow(); step(); }

    @Override public synchronized void articleDone(String id, String title) {
        step();
        if (bar != null) bar.setExtraMessage(title == null ? id : abbreviate(title));
    }

    @Override public synchronized void failed(IngestOutcome.Failed failure) {
        err.println("failed: " + failure.input() + ": " + failure.reason());
        err.flush();
    }

    private void grow() {
        known++;
        if (bar != null) bar.maxHint(known);
    }

    private void step() {
        done++;
        if (bar != null) bar.step();
        if (lines && done % LINE_EVERY == 0) {
            err.printf("ingest: %d of %d article(s) done%n", done, known);
            err.flush();
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 39) + "…";
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
        if (lines && done % LINE_EVERY != 0) {
            err.printf("ingest: %d of %d article(s) done%n", done, known);
            err.flush();
        }
    }
}
