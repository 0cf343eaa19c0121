package org.faultline.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.faultline.events.Event;
import org.faultline.ingest.Article;
import org.faultline.ingest.IngestOutcome;
import org.faultline.ingest.InputException;
import org.faultline.ingest.Ingestor;
import org.faultline.ingest.dedup.DuplicateIndex;
import org.faultline.ingest.source.InputExpander;
import org.faultline.pipeline.CorpusLinker;
import org.faultline.pipeline.Pipeline;
import org.faultline.pipeline.ProcessedArticle;
import org.faultline.store.SourceStatus;
import org.faultline.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the configured sources when they are due, ingests what is new, links, and fires and
 * delivers the alerts of the dyads it touched. All state lives in the store (per source: HTTP
 * validators, last poll and success, next due time, counters; per item: seen), written as soon as
 * it changes, so a restart or a kill -9 resumes without ingesting anything twice: an article is
 * saved before its item is marked seen, and an item found stored but unmarked after a crash is
 * marked and counted as new for linking and alerts.
 *
 * <p>A source that fails (HTTP error, timeout, unreadable feed, missing folder) gets one WARN line
 * naming it and the reason, and is retried after a backoff (its interval doubled per failure in a
 * row, at most {@link #MAX_BACKOFF} or its interval); the other sources go on. Needs a store, an
 * ingestor, a pipeline supplier (built on first new article), a linker (may be null) and the
 * config; the clock is injectable for tests.
 */
public final class Watcher {
    private static final Logger LOG = LoggerFactory.getLogger(Watcher.class);
    static final Duration MAX_BACKOFF = Duration.ofHours(1);

    private final Store store;
    private final Ingestor ingestor;
    private final Supplier<Pipeline> pipeline;
    private final CorpusLinker linker;
    private final WatchConfig config;
    private final Clock clock;
    private final ConditionalGet http;
    private final AlertDispatcher alerts;
    private DuplicateIndex dupes;

    public Watcher(Store store, Ingestor ingestor, Supplier<Pipeline> pipeline, CorpusLinker linker, WatchConfig config, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.ingestor = Objects.requireNonNull(ingestor, "ingestor");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.linker = linker;
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.http = new ConditionalGet(ingestor.options().requestTimeout(), ingestor.options().maxBytes());
        List<AlertSink> sinks = new ArrayList<>();
        for (SinkSpec s : config.sinks()) {
            sinks.add(s.type().equals("webhook") ? new WebhookSink(s.name(), s.target(), s.secret(), 3, Duration.ofMillis(500))
                    : new JsonlSink(s.name(), Path.of(s.target())));
        }
        this.alerts = new AlertDispatcher(store, sinks);
    }

    /** Polls every due source once, then links, fires alerts and delivers what is pending. */
    public CycleSummary runOnce() {
        if (dupes == null) {
            dupes = new DuplicateIndex();
            store.forEachOriginalFingerprint(f -> dupes.add(f.id(), f.contentHash(), f.fingerprint()));
        }
        Instant now = clock.instant();
        int polled = 0, newItems = 0, stored = 0;
        List<String> failed = new ArrayList<>();
        Set<String> newEvents = new HashSet<>();
        Set<String> newArticles = new HashSet<>();
        Set<String> dyads = new LinkedHashSet<>();
        for (SourceSpec spec : config.sources()) {
            SourceStatus st = store.sourceStatus(spec.name()).map(s -> s.configured(spec.location(), spec.outlet()))
                    .orElse(SourceStatus.fresh(spec.name(), spec.location(), spec.outlet()));
            if (st.nextPoll() != null && now.isBefore(st.nextPoll())) continue;
            polled++;
            try {
                Poll poll = poll(spec, st, now);
                int fresh = 0;
                Set<String> seen = store.seenItems(spec.name());
                for (Item item : poll.items()) {
                    if (seen.contains(item.key())) continue;
                    fresh++;
                    if (ingest(spec, item, now, newEvents, newArticles, dyads)) stored++;
                }
                newItems += fresh;
                store.saveSourceStatus(st.succeeded(now, now.plus(spec.interval()), poll.etag(), poll.lastModified(), fresh));
                if (fresh > 0) LOG.info("source '{}': {} new item(s)", spec.name(), fresh);
            } catch (InputException e) {
                Duration wait = backoff(spec.interval(), st.consecutiveFailures() + 1);
                LOG.warn("source '{}' ({}) failed: {} (failure {} in a row); next try in {} s", spec.name(), spec.location(),
                        e.getMessage(), st.consecutiveFailures() + 1, wait.toSeconds());
                store.saveSourceStatus(st.failed(now, now.plus(wait), e.getMessage()));
                failed.add(spec.name());
            }
        }
        if (!newEvents.isEmpty() || stored > 0) {
            // only the window of what arrived is relinked: a cycle costs the same however big the store grew
            if (linker != null) linker.linkNew(store, newArticles);
        }
        int fired = dyads.isEmpty() ? 0 : alerts.fire(dyads, newEvents, now);
        int delivered = alerts.deliverPending(now);
        return new CycleSummary(polled, failed, newItems, stored, newEvents.size(), fired, delivered);
    }

    /** Runs cycles until {@code stop} says so, sleeping up to a second between them. */
    public void run(java.util.function.BooleanSupplier stop) throws InterruptedException {
        while (!stop.getAsBoolean()) {
            try {
                CycleSummary s = runOnce();
                if (s.stored() > 0 || s.alerts() > 0) LOG.info("watch cycle: {}", s);
            } catch (RuntimeException e) {
                // a store or pipeline error must not end the watch: log it and try again next cycle
                LOG.error("watch cycle failed: {}", e.toString(), e);
            }
            Thread.sleep(1000);
        }
    }

    /** The wait after {@code failures} failed polls in a row: the interval doubled per failure, capped. */
    static Duration backoff(Duration interval, int failures) {
        Duration cap = interval.compareTo(MAX_BACKOFF) > 0 ? interval : MAX_BACKOFF;
        Duration d = interval;
        for (int i = 1; i < failures && d.compareTo(cap) < 0; i++) d = d.multipliedBy(2);
        return d.compareTo(cap) > 0 ? cap : d;
    }

    /** One thing a source yielded, with the key that says whether it was seen. */
    private record Item(String key, IngestOutcome outcome) {}

    private record Poll(List<Item> items, String etag, String lastModified) {}

    private Poll poll(SourceSpec spec, SourceStatus st, Instant now) throws InputException {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (spec.url() != null) {
            ConditionalGet.Answer a = http.fetch(spec.url(), st.etag(), st.lastModified());
            if (a.notModified()) return new Poll(List.of(), a.etag(), a.lastModified());
            List<IngestOutcome> outcomes = ingestor.read(spec.url(), a.loaded(), today);
            wholeSourceFailed(spec.url(), outcomes);
            return new Poll(outcomes.stream().map(o -> new Item(key(o), o)).toList(), a.etag(), a.lastModified());
        }
        Path path = Path.of(spec.path());
        if (!Files.exists(path)) throw new InputException("no such file or folder: " + path);
        List<Item> items = new ArrayList<>();
        Set<String> seen = store.seenItems(spec.name());
        for (String file : InputExpander.expand(List.of(spec.path()))) {
            String version = fileVersion(Path.of(file));
            if (seen.contains(version)) continue;
            List<IngestOutcome> outcomes = ingestor.read(file, today);
            // an unreadable file is an item (marked seen, not retried), not a failure of the folder
            for (IngestOutcome o : outcomes) items.add(new Item(outcomes.size() == 1 ? version : version + "#" + o.input(), o));
            if (outcomes.size() != 1) items.add(new Item(version, null));
        }
        return new Poll(items, null, null);
    }

    /** A feed or page that cannot be read at all fails the poll (and is retried), unlike one bad item. */
    private static void wholeSourceFailed(String source, List<IngestOutcome> outcomes) throws InputException {
        if (outcomes.size() == 1 && outcomes.get(0) instanceof IngestOutcome.Failed f && f.input().equals(source))
            throw new InputException(f.reason());
    }

    /** Feed and JSONL items are known by their item address; a page by its address and content. */
    private static String key(IngestOutcome o) {
        if (o instanceof IngestOutcome.Read r) {
            Article a = r.article();
            return "feed".equals(a.format()) || "jsonl".equals(a.format()) ? o.input() : o.input() + "|" + a.contentHash();
        }
        return o.input();
    }

    private static String fileVersion(Path file) throws InputException {
        try {
            return file + "|" + Files.getLastModifiedTime(file).toMillis() + "|" + Files.size(file);
        } catch (IOException e) {
            throw new InputException("cannot stat " + file + ": " + e.getMessage(), e);
        }
    }

    /** Stores one new item's article (unless stored before a crash) and marks it seen; true when stored now. */
    private boolean ingest(SourceSpec spec, Item item, Instant now, Set<String> newEvents, Set<String> newArticles,
                           Set<String> dyads) {
        if (item.outcome() == null || item.outcome() instanceof IngestOutcome.Failed) {
            if (item.outcome() instanceof IngestOutcome.Failed f) LOG.info("source '{}': item {} skipped: {}", spec.name(), f.input(), f.reason());
            store.markSeen(spec.name(), item.key(), null, now);
            return false;
        }
        Article article = dupes.link(((IngestOutcome.Read) item.outcome()).article());
        boolean storedNow = false;
        List<Event> events;
        if (store.existsId(article.id())) {
            // stored by an earlier run that died before marking it, or by another source: its events still count as new
            events = store.events(org.faultline.store.EventQuery.all().article(article.id()));
        } else {
            ProcessedArticle done = pipeline.get().process(article);
            store.save(done.article(), done.doc(), done.events(), done.claims());
            events = done.events();
            storedNow = true;
        }
        store.markSeen(spec.name(), item.key(), article.id(), now);
        newArticles.add(article.id());
        for (Event e : events) {
            newEvents.add(e.id());
            String d = AlertDispatcher.dyadOf(e);
            if (d != null) dyads.add(d);
        }
        return storedNow;
    }
}
