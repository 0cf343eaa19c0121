package org.faultline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.List;
import org.faultline.events.Event;
import org.faultline.events.export.ArticleOrigins;
import org.faultline.events.export.EventCsv;
import org.faultline.events.export.PloverJson;
import org.faultline.store.EventQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.faultline.claims.json.ClaimJson;
import org.faultline.claims.json.ContradictionJson;
import org.faultline.events.json.EventJson;
import org.faultline.commitments.CommitmentJson;
import org.faultline.incidents.IncidentJson;
import org.faultline.ingest.json.ArticleJson;
import org.faultline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code faultline export --out DIR [--format jsonl|csv|plover]}: the store as the contract's
 * JSON Lines files, or its events as CSV or PLOVER records, filtered like {@code events}.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the store into a folder (created if missing), replacing files of the same name:",
                "  jsonl  (default) articles.jsonl, events.jsonl, claims.jsonl, contradictions.jsonl, incidents.jsonl,",
                "         commitments.jsonl (README: output contract); filters narrow events.jsonl only",
                "  csv    events.csv: one row per event, ACLED-like columns (README: CSV columns), RFC 4180, UTF-8",
                "  plover events.plover.jsonl: one PLOVER JSON event record per line",
                "With --out - the csv and plover formats go to standard output instead."})
final class ExportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption store;
    @Mixin EventFilterOptions filters;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into (created if missing), or - for standard output (csv, plover).")
    Path out;
    @Option(names = "--format", paramLabel = "F", defaultValue = "jsonl", description = "jsonl, csv or plover (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws IOException {
        String f = format.toLowerCase(java.util.Locale.ROOT);
        if (!List.of("jsonl", "csv", "plover").contains(f))
            throw new IllegalArgumentException("--format must be jsonl, csv or plover; was '" + format + "'");
        boolean stdout = out.toString().equals("-");
        if (stdout && f.equals("jsonl")) throw new IllegalArgumentException("--out - works for --format csv or plover; jsonl writes several files");
        if (!f.equals("jsonl")) return events(f, stdout);
        Files.createDirectories(out);
        ObjectMapper mapper = new ObjectMapper();
        ArticleJson articles = new ArticleJson(mapper);
        try (Store db = store.openExisting()) {
            report("articles", write(out.resolve("articles.jsonl"), mapper, w -> db.forEachArticle(x -> w.accept(articles.toJson(x)))));
            report("events", write(out.resolve("events.jsonl"), mapper, w -> {
                if (filters.none()) db.forEachEvent(x -> w.accept(EventJson.event(x, true)));
                else db.events(filters.apply(EventQuery.all())).forEach(x -> w.accept(EventJson.event(x, true)));
            }));
            report("claims", write(out.resolve("claims.jsonl"), mapper, w -> db.forEachClaim(x -> w.accept(ClaimJson.claim(x)))));
            report("contradictions", write(out.resolve("contradictions.jsonl"), mapper,
                    w -> db.forEachContradiction(x -> w.accept(ContradictionJson.contradiction(x)))));
            report("incidents", write(out.resolve("incidents.jsonl"), mapper, w -> db.forEachIncident(x -> w.accept(IncidentJson.incident(x)))));
            report("commitments", write(out.resolve("commitments.jsonl"), mapper,
                    w -> db.forEachCommitment(x -> w.accept(CommitmentJson.commitment(x)))));
        }
        spec.commandLine().getOut().println("-> " + out);
        return 0;
    }

    /** The filtered events as CSV or PLOVER records, into a file in {@code out} or to standard output. */
    private int events(String f, boolean stdout) throws IOException {
        Path file = stdout ? null : out.resolve(f.equals("csv") ? "events.csv" : "events.plover.jsonl");
        if (file != null) Files.createDirectories(out);
        Path tmp = file == null ? null : file.resolveSibling(file.getFileName() + ".tmp");
        int n = 0;
        try (Store db = store.openExisting()) {
            List<Event> events = db.events(filters.apply(EventQuery.all()));
            ArticleOrigins origins = new ArticleOrigins(db::findArticle, db::configuredOutlet);
            Writer w = stdout ? new BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8))
                    : Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
            try {
                if (f.equals("csv")) {
                    EventCsv csv = new EventCsv(w, origins);
                    for (Event e : events) csv.write(e);
                    csv.flush();
                    n = csv.rows();
                } else {
                    ObjectMapper mapper = new ObjectMapper();
                    for (Event e : events) {
                        w.write(mapper.writeValueAsString(PloverJson.event(e, origins.apply(e.articleId()))));
                        w.write('\n');
                        n++;
                    }
                }
                w.flush();
            } finally {
                if (!stdout) w.close();
            }
        }
        if (file != null) {
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            report("events", n);
            spec.commandLine().getOut().println("-> " + file);
        }
        return 0;
    }

    private void report(String what, int n) {
        spec.commandLine().getOut().printf("wrote %d %s%n", n, what);
    }

    private interface Producer {
        void produce(java.util.function.Consumer<Object> sink);
    }

    /** Writes to a temporary file first, so a failed export never leaves half a file under the real name. */
    private static int write(Path file, ObjectMapper mapper, Producer producer) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        AtomicInteger n = new AtomicInteger();
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            producer.produce(node -> {
                try {
                    w.write(mapper.writeValueAsString(node));
                    w.write('\n');
                    n.incrementAndGet();
                } catch (IOException ex) {
                    throw new UncheckedIOException("cannot write " + tmp + ": " + ex.getMessage(), ex);
                }
            });
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return n.get();
    }
}
