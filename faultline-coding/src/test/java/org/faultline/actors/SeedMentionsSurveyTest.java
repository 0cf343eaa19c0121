package org.faultline.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.faultline.corenlp.CoreNlpAnnotator;
import org.faultline.geo.Gazetteer;
import org.faultline.nlp.Doc;
import org.faultline.nlp.Entity;
import org.faultline.nlp.Sentence;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Surveys the named entities (PERSON, ORGANIZATION, COUNTRY, NATIONALITY, CITY, ...) of the seed
 * articles in ../shared and measures how many the resolver codes with a country. Logs the ones it
 * cannot code so the dictionary can be extended. Skipped without shared/.
 */
class SeedMentionsSurveyTest {
    private static final Logger LOG = LoggerFactory.getLogger(SeedMentionsSurveyTest.class);
    private static final List<String> ACTOR_TYPES = List.of("PERSON", "ORGANIZATION", "COUNTRY", "NATIONALITY",
            "CITY", "STATE_OR_PROVINCE", "LOCATION");

    @Test
    void seedEntitiesMostlyResolve() throws Exception {
        Optional<Path> shared = GoldActorAccuracyTest.shared();
        assumeTrue(shared.isPresent(), "shared/ not available");
        List<Path> seeds;
        try (Stream<Path> s = Files.list(shared.get().resolve("corpus/seeds"))) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        CoreNlpAnnotator annotator = TestAnnotator.get();
        DictionaryActorResolver resolver = new DictionaryActorResolver(ActorDictionary.bundled(), Gazetteer.bundled());
        int total = 0, withCountry = 0;
        List<String> unresolved = new ArrayList<>();
        List<String> resolved = new ArrayList<>();
        for (Path p : seeds) {
            Doc doc = annotator.annotate(p.getFileName().toString(), Files.readString(p), LocalDate.of(2024, 1, 28));
            for (Sentence s : doc.sentences()) {
                for (Entity e : s.entities()) {
                    if (!ACTOR_TYPES.contains(e.type())) continue;
                    total++;
                    int head = e.endToken() - 1;
                    Optional<Actor> a = resolver.resolve(s, head, LocalDate.of(2024, 1, 28));
                    if (a.isPresent() && a.get().country() != null) {
                        withCountry++;
                        resolved.add(e.text() + "/" + e.type() + "=" + a.get().code());
                    } else {
                        unresolved.add(e.text() + "/" + e.type() + (a.isPresent() ? "=" + a.get().code() : ""));
                    }
                }
            }
        }
        double rate = (double) withCountry / Math.max(1, total);
        LOG.info("seed entities: {} total, {} with country ({})", total, withCountry, String.format("%.3f", rate));
        LOG.info("unresolved: {}", unresolved);
        LOG.info("resolved: {}", resolved);
        assertThat(rate).isGreaterThan(0.5);
    }
}
