package org.faultline.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures free-text actor resolution against the actor spans of the PLOVER gold records in
 * ../shared/gold (CAMEO country codes mapped to ISO through {@link CountryCodes#toIso}). Skipped
 * when shared/ is not available. Country accuracy counts resolved mentions whose country matches;
 * mentions the gold codes with unusual sectors (***, ethnic suffixes) are compared on country only.
 */
class GoldActorAccuracyTest {
    private static final Logger LOG = LoggerFactory.getLogger(GoldActorAccuracyTest.class);

    static Optional<Path> shared() {
        List<String> candidates = new ArrayList<>();
        candidates.add(System.getProperty("faultline.shared"));
        candidates.add("../shared");
        candidates.add("../../shared");
        candidates.add("/work/shared");
        for (String c : candidates) {
            if (c == null) continue;
            Path p = Path.of(c);
            if (Files.isDirectory(p.resolve("gold"))) return Optional.of(p);
        }
        return Optional.empty();
    }

    @Test
    void countryAccuracyOnGoldActorSpans() throws Exception {
        Optional<Path> shared = shared();
        assumeTrue(shared.isPresent(), "shared/ not available");
        JsonNode records = new ObjectMapper().readTree(shared.get().resolve("gold/plover_gsr_cameo.json").toFile());
        DictionaryActorResolver resolver = new DictionaryActorResolver(ActorDictionary.bundled(), org.faultline.geo.Gazetteer.bundled());
        CountryCodes codes = CountryCodes.bundled();
        int total = 0, resolved = 0, countryOk = 0, sectorTotal = 0, sectorOk = 0;
        List<String> misses = new ArrayList<>();
        List<String> sectorMisses = new ArrayList<>();
        for (JsonNode r : records) {
            if ("DOCUMENT".equals(r.path("event").asText())) continue;
            LocalDate date = r.hasNonNull("date") ? LocalDate.parse(r.get("date").asText()) : null;
            for (String role : List.of("source", "target")) {
                JsonNode list = r.get(role);
                if (list == null || !list.isArray()) continue;
                for (JsonNode a : list) {
                    if (!a.isObject() || !a.hasNonNull("actorText") || !a.hasNonNull("code")) continue;
                    String text = a.get("actorText").asText();
                    String gold = codes.toIso(a.get("code").asText());
                    String goldSector = a.hasNonNull("sector") ? a.get("sector").asText() : null;
                    total++;
                    Optional<Actor> got = resolver.resolveText(text, date);
                    if (got.isPresent()) resolved++;
                    String country = got.map(Actor::country).orElse(null);
                    if (Objects.equals(country, gold)) countryOk++;
                    else misses.add(text + " -> " + country + " (gold " + gold + ")");
                    if (goldSector == null || goldSector.matches("[A-Z]{3}")) {
                        sectorTotal++;
                        if (Objects.equals(got.map(Actor::sector).orElse(null), goldSector)) sectorOk++;
                        else sectorMisses.add(text + " -> " + got.map(Actor::sector).orElse(null) + " (gold " + goldSector + ")");
                    }
                }
            }
        }
        double countryAcc = (double) countryOk / total;
        LOG.info("gold actor spans: {} total, {} resolved, country accuracy {}, sector accuracy {} of {}",
                total, resolved, String.format("%.3f", countryAcc), String.format("%.3f", (double) sectorOk / sectorTotal), sectorTotal);
        LOG.info("country misses: {}", misses);
        LOG.info("sector misses: {}", sectorMisses);
        assertThat(countryAcc).isGreaterThan(0.75);
    }
}
