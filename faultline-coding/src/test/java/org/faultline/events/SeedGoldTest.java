package org.faultline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faultline.actors.Actor;
import org.faultline.nlp.Doc;
import org.faultline.nlp.Sentence;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recall and precision of the coder on Faultline's own hand-coded events for the seed articles
 * (seed-gold.tsv: sentence hashes and codes only). An expected event is found when an event of
 * the same sentence has its type, source country and target country; factuality agreement is
 * measured among the found ones. Precision counts the coder's events in the annotated files that
 * match some expected event of their sentence.
 */
class SeedGoldTest {
    private static final Logger log = LoggerFactory.getLogger(SeedGoldTest.class);
    private static final LocalDate REPORT_DATE = LocalDate.of(2023, 9, 20);

    record Expected(String file, String sha, String type, Set<String> source, Set<String> target, String factuality) {
        boolean matches(Event e) {
            return type.equals(e.type()) && side(source, e.source()) && side(target, e.target());
        }

        private static boolean side(Set<String> codes, Actor a) {
            if (codes.contains("*")) return true;
            if (a == null || a.country() == null) return codes.contains("-");
            return codes.contains(a.country());
        }
    }

    @Test
    void seedGoldRecallAndPrecision() throws Exception {
        List<Expected> gold = readGold();
        assertThat(gold).hasSizeGreaterThanOrEqualTo(60);
        Map<String, List<Expected>> byFile = new LinkedHashMap<>();
        for (Expected e : gold) byFile.computeIfAbsent(e.file(), k -> new ArrayList<>()).add(e);

        int found = 0, factualOk = 0, predicted = 0, correct = 0;
        List<String> missed = new ArrayList<>();
        for (var entry : byFile.entrySet()) {
            Path file = Shared.dir().resolve("corpus/seeds").resolve(entry.getKey());
            String text = Files.readString(file);
            Doc doc = DocCache.load("seed-" + entry.getKey(), () -> List.of(TestAnnotator.get().annotate(entry.getKey(), text, REPORT_DATE))).get(0);
            Map<String, Integer> sentenceBySha = new HashMap<>();
            for (Sentence s : doc.sentences()) sentenceBySha.put(sha(s.text()), s.index());
            List<Event> events = TestCoder.get().code(doc);
            Map<Integer, List<Expected>> expectedBySentence = new HashMap<>();
            for (Expected x : entry.getValue()) {
                Integer idx = sentenceBySha.get(x.sha());
                assertThat(idx).as("sentence %s of %s (annotation changed?)", x.sha(), x.file()).isNotNull();
                expectedBySentence.computeIfAbsent(idx, k -> new ArrayList<>()).add(x);
                List<Event> here = events.stream().filter(e -> e.sentenceIndex() == idx).filter(x::matches).toList();
                if (here.isEmpty()) { missed.add(x.toString()); continue; }
                found++;
                if (x.factuality().equals("*") || here.stream().anyMatch(e -> e.factuality().label().equals(x.factuality()))) factualOk++;
            }
            for (Event e : events) {
                predicted++;
                if (expectedBySentence.getOrDefault(e.sentenceIndex(), List.of()).stream().anyMatch(x -> x.matches(e))) correct++;
                else log.debug("unexpected {} {} {}->{} [{}] in {} #{}", e.type(), e.factuality().label(), code(e.source()),
                        code(e.target()), e.trigger(), entry.getKey(), e.sentenceIndex());
            }
        }
        double recall = (double) found / gold.size(), precision = predicted == 0 ? 0 : (double) correct / predicted;
        log.info("seed gold: {} expected, recall {} ({}), precision {} ({}/{}), factuality agreement {} of found",
                gold.size(), String.format("%.3f", recall), found, String.format("%.3f", precision), correct, predicted,
                String.format("%.3f", found == 0 ? 0 : (double) factualOk / found));
        missed.forEach(m -> log.info("missed {}", m));
        assertThat(recall).as("seed gold recall").isGreaterThanOrEqualTo(RECALL_FLOOR);
        assertThat(precision).as("seed gold precision").isGreaterThanOrEqualTo(PRECISION_FLOOR);
    }

    /** Floors below the measured figures (see the closing report), so a regression fails the build. */
    private static String code(Actor a) { return a == null ? "-" : a.code(); }

    static final double RECALL_FLOOR = 0.80, PRECISION_FLOOR = 0.70;

    private static List<Expected> readGold() throws IOException {
        List<Expected> out = new ArrayList<>();
        try (InputStream in = SeedGoldTest.class.getResourceAsStream("/org/faultline/events/seed-gold.tsv")) {
            assertThat(in).as("seed-gold.tsv on the test classpath").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) continue;
                String[] f = t.split("\\s+");
                assertThat(f).as("6 columns in '%s'", t).hasSize(6);
                out.add(new Expected(f[0], f[1], f[2], Set.of(f[3].split("\\|")), Set.of(f[4].split("\\|")), f[5]));
            }
        }
        return out;
    }

    static String sha(String text) throws NoSuchAlgorithmException {
        byte[] h = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 4; i++) sb.append(String.format("%02x", h[i]));
        return sb.toString();
    }
}
