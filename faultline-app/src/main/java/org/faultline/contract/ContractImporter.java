package org.faultline.contract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.faultline.claims.Claim;
import org.faultline.claims.Contradiction;
import org.faultline.events.Event;
import org.faultline.incidents.Incident;
import org.faultline.ingest.Article;
import org.faultline.pipeline.CorpusLinker;
import org.faultline.store.Store;

/**
 * Loads a folder of contract JSON Lines files ({@code articles.jsonl}, {@code events.jsonl},
 * {@code claims.jsonl}, optionally {@code incidents.jsonl} and {@code contradictions.jsonl}: what
 * {@code faultline export} and the Spark runner write) into a store, so the server and the
 * dashboard show it.
 * <p>
 * Each article is saved with its events and claims in one transaction (replacing an article of the
 * same id), without an annotation (the contract carries none). The corpus links are then set:
 * when the store held no other article and the folder has {@code incidents.jsonl}, the folder's own
 * incidents and contradictions are stored as they are (a distributed run's result is kept); else
 * the whole store is re-linked with {@code linker}, since links must span old and new articles.
 * Events and claims are held in memory by article while articles stream.
 */
public final class ContractImporter {
    private final Store store;
    private final CorpusLinker linker;

    /** What an import stored, and the lines it skipped ({@code file:line: reason}). */
    public record Summary(int articles, int events, int claims, int incidents, int contradictions,
                          boolean relinked, List<String> problems) {
        public Summary {
            problems = List.copyOf(problems);
        }
    }

    public ContractImporter(Store store, CorpusLinker linker) {
        this.store = Objects.requireNonNull(store, "store");
        this.linker = Objects.requireNonNull(linker, "linker");
    }

    public Summary importDir(Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException("not a folder: " + dir);
        if (!Files.isRegularFile(dir.resolve("articles.jsonl")))
            throw new IllegalArgumentException("no articles.jsonl in " + dir + " (expected an export or a Spark output folder)");
        List<String> problems = new ArrayList<>();
        boolean storeWasEmpty = store.ids().isEmpty();
        Map<String, List<Event>> events = new HashMap<>();
        JsonLines.forEach(dir.resolve("events.jsonl"), n -> {
            Event e = ContractReader.event(n);
            events.computeIfAbsent(e.articleId(), k -> new ArrayList<>()).add(e);
        }, problems);
        Map<String, List<com.fasterxml.jackson.databind.JsonNode>> claimNodes = new HashMap<>();
        JsonLines.forEach(dir.resolve("claims.jsonl"), n -> {
            ContractReader.claim(n, null); // validated now, so a bad claim is reported at its own line
            claimNodes.computeIfAbsent(Fields.required(n, "article_id"), k -> new ArrayList<>()).add(n);
        }, problems);
        int[] counts = new int[3];
        Set<String> claimIds = new HashSet<>();
        JsonLines.forEach(dir.resolve("articles.jsonl"), n -> {
            Article a = ContractReader.article(n);
            String reportDate = a.published() == null ? null : a.published().toString();
            List<Claim> claims = new ArrayList<>();
            for (var c : claimNodes.getOrDefault(a.id(), List.of())) claims.add(ContractReader.claim(c, reportDate));
            List<Event> evs = events.getOrDefault(a.id(), List.of());
            try {
                store.save(a, null, evs, claims);
            } catch (IllegalArgumentException e) {
                throw new ContractFormatException("article " + a.id() + " not stored: " + e.getMessage());
            }
            counts[0]++;
            counts[1] += evs.size();
            counts[2] += claims.size();
            claims.forEach(c -> claimIds.add(c.id()));
        }, problems);

        Path incidentsFile = dir.resolve("incidents.jsonl");
        if (storeWasEmpty && Files.isRegularFile(incidentsFile)) {
            List<Incident> incidents = new ArrayList<>();
            JsonLines.forEach(incidentsFile, n -> incidents.add(ContractReader.incident(n)), problems);
            List<Contradiction> contradictions = new ArrayList<>();
            JsonLines.forEach(dir.resolve("contradictions.jsonl"), n -> {
                Contradiction c = ContractReader.contradiction(n);
                if (!claimIds.contains(c.claimA()) || !claimIds.contains(c.claimB()))
                    throw new ContractFormatException("contradiction " + c.id() + " cites a claim that was not imported");
                contradictions.add(c);
            }, problems);
            store.replaceLinks(incidents, null, contradictions, List.of());
            return new Summary(counts[0], counts[1], counts[2], incidents.size(), contradictions.size(), false, problems);
        }
        CorpusLinker.Summary s = linker.relink(store);
        return new Summary(counts[0], counts[1], counts[2], s.incidents(), s.contradictions(), true, problems);
    }
}
