package org.faultline.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.faultline.geo.Gazetteer;
import org.faultline.nlp.Doc;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parse-based actor resolution on the PLOVER gold sentences: each gold actor span is located in
 * the CoreNLP tokens of its sentence, its last token is taken as head, and the resolved country is
 * compared with the gold code (mapped to ISO). Slow (annotates ~320 sentences); skipped without shared/.
 */
class GoldParsedActorAccuracyTest {
    private static final Logger LOG = LoggerFactory.getLogger(GoldParsedActorAccuracyTest.class);

    @Test
    void countryAccuracyOnParsedGoldSentences() throws Exception {
        Optional<Path> shared = GoldActorAccuracyTest.shared();
        assumeTrue(shared.isPresent(), "shared/ not available");
        JsonNode records = new ObjectMapper().readTree(shared.get().resolve("gold/plover_gsr_cameo.json").toFile());
        DictionaryActorResolver resolver = new DictionaryActorResolver(ActorDictionary.bundled(), Gazetteer.bundled());
        CountryCodes codes = CountryCodes.bundled();
        int located = 0, ok = 0, notFound = 0;
        long resolveNanos = 0;
        List<String> misses = new ArrayList<>();
        for (JsonNode r : records) {
            if ("DOCUMENT".equals(r.path("event").asText()) || !r.hasNonNull("text")) continue;
            LocalDate date = r.hasNonNull("date") ? LocalDate.parse(r.get("date").asText()) : null;
            Doc doc = TestAnnotator.get().annotate(r.get("id").asText(), r.get("text").asText(), date);
            for (String role : List.of("source", "target")) {
                JsonNode list = r.get(role);
                if (list == null || !list.isArray()) continue;
                for (JsonNode a : list) {
                    if (!a.isObject() || !a.hasNonNull("actorText") || !a.hasNonNull("code")) continue;
                    String gold = codes.toIso(a.get("code").asText());
                    Optional<int[]> span = find(doc, Words.tokenize(a.get("actorText").asText()));
                    if (span.isEmpty()) { notFound++; continue; }
                    Sentence s = doc.sentences().get(span.get()[0]);
                    located++;
                    long t0 = System.nanoTime();
                    List<Actor> got = resolver.resolveAll(s, span.get()[1], date);
                    resolveNanos += System.nanoTime() - t0;
                    if (got.stream().anyMatch(x -> Objects.equals(x.country(), gold))) ok++;
                    else misses.add(a.get("actorText").asText() + " -> " + got.stream().map(Actor::code).toList() + " (gold " + gold + ")");
                }
            }
        }
        double acc = (double) ok / located;
        LOG.info("parsed gold actors: {} located ({} not found in tokens), country accuracy {}, {} µs per mention",
                located, notFound, String.format("%.3f", acc), resolveNanos / 1000 / Math.max(1, located));
        LOG.info("parsed misses: {}", misses);
        assertThat(acc).isGreaterThan(0.7);
    }

    /** The span's token attached outside the span (climbing out of compounds), else its last token. */
    private static int syntacticHead(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            var arc = s.head(i);
            if (arc.isEmpty() || arc.get().governor() < from || arc.get().governor() >= to) {
                int h = i;
                var up = s.head(h);
                while (up.isPresent() && up.get().relation().equals("compound") && up.get().governor() >= 0) {
                    h = up.get().governor();
                    up = s.head(h);
                }
                return h;
            }
        }
        return to - 1;
    }

    /** Sentence index and head of the first occurrence of {@code words}. */
    private static Optional<int[]> find(Doc doc, List<String> words) {
        List<String> want = words.stream().map(Words::norm).filter(w -> !w.isEmpty() && !w.equals(",")).toList();
        if (want.isEmpty()) return Optional.empty();
        for (Sentence s : doc.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i + want.size() <= t.size(); i++) {
                boolean match = true;
                for (int j = 0; j < want.size() && match; j++) match = Words.norm(t.get(i + j).word()).equals(want.get(j));
                if (match) return Optional.of(new int[] {s.index(), syntacticHead(s, i, i + want.size())});
            }
        }
        return Optional.empty();
    }
}
