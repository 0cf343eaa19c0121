package org.faultline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
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

/** {@code faultline export --out DIR}: the store as JSON Lines files, per the output contract. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes articles.jsonl and events.jsonl (see README: output contract) into a folder.")
final class ExportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption store;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into (created if missing).")
    Path out;

    @Override
    public Integer call() throws IOException {
        Files.createDirectories(out);
        ObjectMapper mapper = new ObjectMapper();
        ArticleJson articles = new ArticleJson(mapper);
        try (Store db = store.openExisting()) {
            report("articles", write(out.resolve("articles.jsonl"), mapper, w -> db.forEachArticle(x -> w.accept(articles.toJson(x)))));
            report("events", write(out.resolve("events.jsonl"), mapper, w -> db.forEachEvent(x -> w.accept(EventJson.event(x, true)))));
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
