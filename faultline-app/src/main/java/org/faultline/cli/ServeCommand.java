package org.faultline.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.faultline.corenlp.AnnotatorOptions;
import org.faultline.ingest.IngestOptions;
import org.faultline.server.FaultlineServer;
import org.faultline.server.ServerOptions;
import org.faultline.server.ingest.RequestReader;
import org.faultline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code faultline serve}: the REST API and dashboard over the store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the REST API (under /api, described at /api/openapi.json) and the dashboard (at /).",
                "Read-only unless a token is set: POST /api/articles then ingests with 'Authorization: Bearer TOKEN'.",
                "Runs until interrupted (Ctrl-C)."})
final class ServeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption store;
    @Mixin CodingOptions coding;

    @Option(names = "--port", paramLabel = "N", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Interface to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for all).")
    String host;

    @Option(names = "--token", paramLabel = "T", defaultValue = "${env:FAULTLINE_TOKEN}",
            description = "Bearer token that enables write endpoints (default: env FAULTLINE_TOKEN; prefer the variable, "
                    + "a command-line token is visible to other users).")
    String token;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "1048576", description = "Largest request body (default: ${DEFAULT-VALUE}).")
    long maxBody;

    @Option(names = "--ingest-threads", paramLabel = "N", defaultValue = "1", description = "Articles annotated at once for POST (default: ${DEFAULT-VALUE}).")
    int ingestThreads;

    @Option(names = "--watch", paramLabel = "SOURCES_YAML",
            description = "Also poll the sources in this file, as 'faultline watch' does, in the same process.")
    java.nio.file.Path watch;
    @Option(names = "--allow-private-urls",
            description = "Let POSTed URLs reach loopback, private and link-local addresses (off: such URLs are refused).")
    boolean allowPrivateUrls;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        ServerOptions options = ServerOptions.defaults().withHost(host).withToken(token).withMaxBodyBytes(maxBody);
        // a bad sources file fails before anything is served
        org.faultline.watch.WatchConfig watchConfig = watch == null ? null : org.faultline.watch.WatchConfigFile.load(watch, System::getenv);
        CountDownLatch stopped = new CountDownLatch(1), closed = new CountDownLatch(1);
        try (Store db = store.open()) {
            PipelineFactory pipeline = new PipelineFactory(AnnotatorOptions.defaults(), coding);
            PipelineArticleIngest ingest = new PipelineArticleIngest(db, new RequestReader(IngestOptions.defaults().withAllowPrivateUrls(allowPrivateUrls)),
                    pipeline, ingestThreads);
            if (options.writable()) {
                // load CoreNLP now, in the background: the first POST should not hold an annotation
                // slot for the tens of seconds the models take to load
                Thread warm = new Thread(() -> {
                    try {
                        pipeline.get();
                    } catch (RuntimeException e) {
                        org.slf4j.LoggerFactory.getLogger(ServeCommand.class).warn("cannot load the pipeline: {}", e.getMessage());
                    }
                }, "faultline-pipeline-load");
                warm.setDaemon(true);
                warm.start();
            }
            FaultlineServer server = new FaultlineServer(db, ingest, options).start(port);
            java.util.concurrent.atomic.AtomicBoolean stopWatch = new java.util.concurrent.atomic.AtomicBoolean();
            Thread watcher = watch == null ? null : new Thread(() -> {
                try {
                    WatchCommand.watcher(db, watchConfig, coding).run(stopWatch::get);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    spec.commandLine().getErr().println("watch stopped: " + e.getMessage());
                }
            }, "faultline-watch");
            if (watcher != null) {
                watcher.setDaemon(true);
                watcher.start();
            }
            Thread hook = new Thread(() -> {
                stopWatch.set(true);
                // Jetty waits for requests in flight, and an annotation in progress does not stop
                // for it: bound the wait so SIGTERM ends the process within a few seconds
                Thread stopper = new Thread(server::stop, "faultline-serve-stop");
                stopper.setDaemon(true);
                stopper.start();
                try {
                    stopper.join(2_500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                stopped.countDown();
                // the JVM halts when hooks end: give the main thread time to close the store cleanly
                try {
                    closed.await(1_500, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "faultline-serve-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            String shown = host.equals("0.0.0.0") ? "localhost" : host;
            out.printf("Faultline serving %s at http://%s:%d/ (API: /api, spec: /api/openapi.json; writes %s)%n",
                    db.location(), shown, server.port(), options.writable() ? "on" : "off");
            out.flush();
            stopped.await();
        } finally {
            closed.countDown();
        }
        return 0;
    }
}
