package org.faultline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.faultline.corenlp.AnnotatorOptions;
import org.faultline.ingest.IngestOptions;
import org.faultline.ingest.Ingestor;
import org.faultline.store.Store;
import org.faultline.watch.CycleSummary;
import org.faultline.watch.WatchConfig;
import org.faultline.watch.WatchConfigFile;
import org.faultline.watch.Watcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code faultline watch --sources sources.yaml}: polls sources until interrupted. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Polls the sources listed in a sources.yaml (README: watch) until interrupted: ingests what is new",
                "into the database, links, and fires escalation alerts to the configured sinks (webhook, JSON Lines file).",
                "Writes articles, events, links, watch state and alerts into the database; state survives restarts.",
                "With --once it polls the sources that are due once and exits (status 1 when a source failed): for cron."})
final class WatchCommand implements java.util.concurrent.Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption store;
    @Mixin CodingOptions coding;

    @Option(names = "--sources", paramLabel = "FILE", defaultValue = "sources.yaml", description = "Sources and sinks (default: ${DEFAULT-VALUE}).")
    Path sources;

    @Option(names = "--once", description = "One cycle, then exit.")
    boolean once;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        WatchConfig config = WatchConfigFile.load(sources, System::getenv);
        try (Store db = store.open()) {
            Watcher watcher = watcher(db, config, coding);
            if (once) {
                CycleSummary s = watcher.runOnce();
                out.printf("polled %d source(s): %d new item(s), %d article(s) stored, %d event(s), %d alert(s) fired, %d delivered%s%n",
                        s.polled(), s.newItems(), s.stored(), s.events(), s.alerts(), s.delivered(),
                        s.failed().isEmpty() ? "" : "; failed: " + String.join(", ", s.failed()));
                return s.failed().isEmpty() ? 0 : 1;
            }
            out.printf("watching %d source(s) into %s (Ctrl-C to stop)%n", config.sources().size(), db.location());
            out.flush();
            AtomicBoolean stop = new AtomicBoolean();
            CountDownLatch done = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                stop.set(true);
                try {
                    done.await(30, TimeUnit.SECONDS); // let the current cycle finish and the store close
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "faultline-watch-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                watcher.run(stop::get);
            } finally {
                done.countDown();
            }
        }
        return 0;
    }

    static Watcher watcher(Store db, WatchConfig config, CodingOptions coding) {
        return new Watcher(db, new Ingestor(IngestOptions.defaults()), new PipelineFactory(AnnotatorOptions.defaults(), coding),
                coding.corpusLinker(), config, Clock.systemUTC());
    }
}
