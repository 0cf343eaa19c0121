package org.faultline.server.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.faultline.store.Store;

/**
 * The API section of {@code faultline bench}: fills a fresh store with {@link SampleCorpus}
 * articles (at least 5,000 for the figures), starts the real server in a separate JVM
 * ({@link ApiServerProcess}) on a free loopback port and measures requests/s and latency percentiles with concurrent clients for a filtered
 * events page, an events page filtered on evidence text (full-text index), the actors aggregate,
 * search, and an article page. Targets (issue 11): p95 under 50 ms for a filtered events page and
 * for search, under 100 ms for the text filter.
 *
 * <pre>{@code
 * ApiBench.Report r = ApiBench.run(Files.createTempDirectory("bench"), new ApiBench.Config(5000, 8, 2000));
 * System.out.println(r.format());
 * // or several sizes, one store grown from the first to the last:
 * ApiBench.run(dir, new ApiBench.Config(5000, 8, 1000), List.of(5000, 50000)).forEach(x -> System.out.print(x.format()));
 * }</pre>
 */
public final class ApiBench {
    /**
     * @param articles articles to generate
     * @param threads  concurrent clients
     * @param requests measured requests per scenario
     */
    public record Config(int articles, int threads, int requests) {
        public Config {
            if (articles < 1) throw new IllegalArgumentException("articles must be >= 1, was " + articles);
            if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, was " + threads);
            if (requests < 1) throw new IllegalArgumentException("requests must be >= 1, was " + requests);
        }

        public static Config defaults() { return new Config(5000, 8, 2000); }
    }

    /**
     * What the bench measured at one store size.
     *
     * @param loadBefore the machine's one-minute load average when the size's measurements began
     * @param loadAfter  and when they ended (other work on the machine inflates the figures)
     */
    public record Report(Config config, long events, Duration fill, List<LoadResult> results, double loadBefore,
                         double loadAfter) {
        public Report {
            results = List.copyOf(results);
        }

        /** A printable table. */
        public String format() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "API bench: %d articles, %d events (filled in %.1f s), %d clients on loopback, "
                    + "load average %.1f before, %.1f after%n", config.articles(), events, fill.toMillis() / 1000.0,
                    config.threads(), loadBefore, loadAfter));
            sb.append(LoadResult.header()).append('\n');
            for (LoadResult r : results) sb.append(r.row()).append('\n');
            sb.append("srv = the server's own time per request (its Server-Timing header); the rest of p95 is queueing "
                    + "for the cores\n");
            sb.append("targets: p95 < 50 ms for a filtered events page and for search, < 100 ms for the text filter\n");
            return sb.toString();
        }
    }

    private ApiBench() {}

    /** Runs the bench in {@code dir} (a new database file is created there and deleted afterwards). */
    public static Report run(Path dir, Config config) throws InterruptedException {
        return run(dir, config, List.of(config.articles())).get(0);
    }

    /**
     * Runs the bench at each store size in turn ({@code config}'s article count is ignored): one
     * store grows from the smallest size to the largest, so the larger sizes cost only their
     * extra articles; a fresh server process measures each size.
     */
    public static List<Report> run(Path dir, Config config, List<Integer> sizes) throws InterruptedException {
        return run(dir, config, sizes, r -> { });
    }

    /** As {@link #run(Path, Config, List)}, handing each size's report to {@code each} as soon as it is measured. */
    public static List<Report> run(Path dir, Config config, List<Integer> sizes, java.util.function.Consumer<Report> each)
            throws InterruptedException {
        List<Integer> ordered = sizes.stream().sorted().distinct().toList();
        if (ordered.isEmpty() || ordered.get(0) < 1) throw new IllegalArgumentException("store sizes must be >= 1, were " + sizes);
        Path db = dir.resolve("api-bench-" + System.nanoTime() + ".db");
        try {
            List<Report> reports = new ArrayList<>();
            int stored = 0;
            for (int size : ordered) {
                Config c = new Config(size, config.threads(), config.requests());
                long t0 = System.nanoTime();
                long events;
                try (Store store = Store.open(db)) {
                    SampleCorpus.fill(store, stored, size);
                    events = store.countEvents(org.faultline.store.EventQuery.all());
                }
                stored = size;
                Report r = measure(db, c, events, Duration.ofNanos(System.nanoTime() - t0));
                each.accept(r);
                reports.add(r);
            }
            return reports;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run the bench server process: " + e.getMessage(), e);
        } finally {
            for (String suffix : List.of("", "-wal", "-shm")) {
                try {
                    Files.deleteIfExists(Path.of(db + suffix));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot delete bench database " + db + suffix, e);
                }
            }
        }
    }

    private static Report measure(Path db, Config config, long events, Duration fill) throws IOException, InterruptedException {
        double loadBefore = loadAverage();
        // the server runs in a JVM of its own: the load generator must not share its heap and JIT
        try (ApiServerProcess server = ApiServerProcess.start(db, "1g")) {
            LoadRunner load = new LoadRunner(server.port());
            // warm-up: the JIT of a fresh server JVM, not part of the figures
            load.run("warm-up", filteredEventPaths(), config.threads(), Math.min(500, config.requests()));
            load.run("warm-up", searchPaths(config.articles()), config.threads(), Math.min(200, config.requests()));
            load.run("warm-up", textPaths(), config.threads(), Math.min(200, config.requests()));
            List<LoadResult> results = new ArrayList<>();
            results.add(load.run("events: dyad+type+dates, page of 50", filteredEventPaths(), config.threads(), config.requests()));
            results.add(load.run("events: dyad, deep offset", deepPagePaths(config.articles()), config.threads(), config.requests()));
            results.add(load.run("events: text filter (full-text index)", textPaths(), config.threads(), config.requests()));
            results.add(load.run("actors: one SQL aggregate", List.of("/api/actors?limit=50", "/api/actors?country=ARM&limit=50"),
                    config.threads(), Math.max(1, config.requests() / 10)));
            results.add(load.run("search: q, 20 hits", searchPaths(config.articles()), config.threads(), config.requests()));
            results.add(load.run("article by id", articlePaths(config.articles()), config.threads(), config.requests()));
            // one client: the service time of a request, without queueing behind the others
            int single = Math.max(1, config.requests() / 4);
            results.add(load.run("events: dyad+type+dates (1 client)", filteredEventPaths(), 1, single));
            results.add(load.run("search: q, 20 hits (1 client)", searchPaths(config.articles()), 1, single));
            return new Report(config, events, fill, results, loadBefore, loadAverage());
        }
    }

    /** The one-minute load average, or -1 where the system gives none. */
    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static List<String> filteredEventPaths() {
        List<String> out = new ArrayList<>();
        String[] types = {"ASSAULT", "ACCUSE", "REJECT"};
        for (int n = 0; n < 64; n++) {
            String[] d = SampleCorpus.dyadOf(n);
            LocalDate from = LocalDate.of(2023, 1, 1).plusDays(n * 11L % 600);
            out.add("/api/events?dyad=" + d[0] + "-" + d[1] + "&type=" + types[n % types.length] + "&from=" + from
                    + "&to=" + from.plusDays(90) + "&limit=50");
        }
        return out;
    }

    private static List<String> deepPagePaths(int articles) {
        List<String> out = new ArrayList<>();
        for (int n = 0; n < 32; n++) {
            String[] d = SampleCorpus.dyadOf(n);
            out.add("/api/events?dyad=" + d[0] + "-" + d[1] + "&limit=50&offset=" + (n * 37 % Math.max(1, articles / 8)));
        }
        return out;
    }

    private static List<String> textPaths() {
        return List.of("/api/events?text=returned%20fire&limit=50", "/api/events?text=ceasefire&type=ACCUSE&limit=50",
                "/api/events?text=artillery&dyad=IND-PAK&limit=50", "/api/events?text=wounded&limit=50");
    }

    private static List<String> searchPaths(int articles) {
        List<String> out = new ArrayList<>();
        String[] words = {"artillery", "ceasefire accused", "\"Harran Pass\"", "envoys talks", "wounded soldiers",
                "power cuts villages", "Oskel", "fire*"};
        for (String w : words) out.add("/api/search?limit=20&q=" + URLEncoder.encode(w, StandardCharsets.UTF_8));
        for (int n = 0; n < 8; n++)
            out.add("/api/search?limit=20&q=" + URLEncoder.encode("\"report " + (n * 613 % articles) + "\"", StandardCharsets.UTF_8));
        return out;
    }

    private static List<String> articlePaths(int articles) {
        List<String> out = new ArrayList<>();
        for (int n = 0; n < 50; n++) out.add("/api/articles/" + SampleCorpus.item(n * 97 % articles).article().id());
        return out;
    }

    /** {@code ApiBench [articles[,articles...] [threads [requests [dir]]]]}: prints the figures. */
    public static void main(String[] args) throws Exception {
        Config d = Config.defaults();
        List<Integer> sizes = args.length > 0 ? java.util.Arrays.stream(args[0].split(",")).map(String::strip).map(Integer::valueOf).toList()
                : List.of(d.articles());
        Config c = new Config(sizes.get(0), args.length > 1 ? Integer.parseInt(args[1]) : d.threads(),
                args.length > 2 ? Integer.parseInt(args[2]) : d.requests());
        Path dir = args.length > 3 ? Path.of(args[3]) : Files.createTempDirectory("faultline-api-bench");
        run(dir, c, sizes, r -> {
            System.out.print(r.format());
            System.out.flush();
        });
    }
}
