package org.faultline.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.faultline.actors.Actor;
import org.faultline.events.Event;
import org.faultline.events.Factuality;
import org.faultline.nlp.DatePrecision;
import org.junit.jupiter.api.Test;

/**
 * 50k synthetic mentions of known occurrences: each occurrence has a dyad, type, day and a few
 * words of its own; its mentions are spread over articles, some dated by the text, some only by
 * their report date, some with the dyad reversed. Measures how well the linker recovers them.
 */
class LinkerScaleTest {
    private static final String[] COUNTRIES = {"AZE", "ARM", "RUS", "UKR", "ISR", "PSE", "SDN", "ETH", "ERI", "IND", "PAK", "CHN"};
    private static final String[] TYPES = {"ASSAULT", "COERCE", "ACCUSE", "CONSULT", "AGREE", "REQUEST", "MOBILIZE", "AID"};
    private static final String[] COMMON = {"forces", "officials", "region", "border", "statement", "government", "report",
            "situation", "military", "ministry", "tension", "villages", "capital", "security"};

    @Test
    void fiftyThousandMentionsLinkNearlyPerfectlyAndFast() {
        Random rnd = new Random(42);
        List<Event> events = new ArrayList<>();
        Map<String, ArticleInfo> infos = new HashMap<>();
        Map<String, Integer> truth = new HashMap<>();
        LocalDate origin = LocalDate.of(2020, 1, 1);
        int occurrence = 0;
        while (events.size() < 50_000) {
            String a = COUNTRIES[rnd.nextInt(COUNTRIES.length)], b = COUNTRIES[rnd.nextInt(COUNTRIES.length)];
            if (a.equals(b)) continue;
            String type = TYPES[rnd.nextInt(TYPES.length)];
            LocalDate day = origin.plusDays(rnd.nextInt(3 * 365));
            String words = "w" + occurrence + "alpha w" + occurrence + "beta";
            int mentions = 1 + rnd.nextInt(8);
            for (int m = 0; m < mentions; m++) {
                String article = "art" + occurrence + "-" + m;
                LocalDate published = day.plusDays(rnd.nextInt(3));
                infos.put(article, new ArticleInfo(article, published, "outlet" + rnd.nextInt(40)));
                boolean dated = rnd.nextBoolean();
                boolean reversed = type.equals("ASSAULT") && rnd.nextInt(4) == 0;
                String evidence = COMMON[rnd.nextInt(COMMON.length)] + " " + words + " " + COMMON[rnd.nextInt(COMMON.length)];
                String id = article + "-0-0";
                events.add(new Event(id, article, 0, evidence, type.toLowerCase(), type, null, List.of(), "190", 0, 4,
                        actor(reversed ? b : a), actor(reversed ? a : b), (dated ? day : published).toString(), DatePrecision.DAY,
                        null, Factuality.ASSERTED, null, 0.8, null));
                truth.put(id, occurrence);
            }
            occurrence++;
        }
        long start = System.nanoTime();
        IncidentLinking linking = IncidentLinker.withBundledData(org.faultline.actors.ActorDictionary.bundled()).link(events, infos);
        long ms = (System.nanoTime() - start) / 1_000_000;
        // purity: events whose incident's majority occurrence is their own
        int pure = 0;
        for (Incident inc : linking.incidents()) {
            Map<Integer, Integer> counts = new HashMap<>();
            for (String id : inc.eventIds()) counts.merge(truth.get(id), 1, Integer::sum);
            pure += counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        }
        double purity = (double) pure / events.size();
        // inverse purity: mentions of an occurrence that sit in the incident holding most of them
        Map<Integer, Map<String, Integer>> byOccurrence = new HashMap<>();
        for (Map.Entry<String, Integer> t : truth.entrySet())
            byOccurrence.computeIfAbsent(t.getValue(), k -> new HashMap<>()).merge(linking.incidentOf(t.getKey()), 1, Integer::sum);
        int kept = 0;
        for (Map<String, Integer> m : byOccurrence.values()) kept += m.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        double inverse = (double) kept / events.size();
        System.out.printf("inverse purity %.3f%n", inverse);
        assertThat(inverse).isGreaterThan(0.95);
        System.out.printf("linked %d mentions of %d occurrences into %d incidents in %d ms; purity %.3f%n",
                events.size(), occurrence, linking.incidents().size(), ms, purity);
        assertThat(linking.incidentByEvent()).hasSize(events.size());
        assertThat(purity).isGreaterThan(0.95);
        assertThat((double) linking.incidents().size() / occurrence).isBetween(0.9, 1.3);
    }

    private static Actor actor(String country) {
        return new Actor(country, country, country, null, country, null);
    }
}
