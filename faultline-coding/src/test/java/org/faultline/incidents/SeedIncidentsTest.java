package org.faultline.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faultline.actors.ActorDictionary;
import org.faultline.events.Event;
import org.faultline.events.Factuality;
import org.junit.jupiter.api.Test;

/** Incidents on the seed articles, annotated by CoreNLP and coded by the real event coder. */
class SeedIncidentsTest {
    private static final Set<String> VIOLENCE = Set.of("ASSAULT", "COERCE");

    private static Map<String, ArticleInfo> infos() {
        Map<String, ArticleInfo> m = new HashMap<>();
        for (String p : SeedEvents.DATES.keySet()) {
            String id = SeedEvents.doc(p).id();
            m.put(id, new ArticleInfo(id, SeedEvents.DATES.get(p), "outlet-" + p));
        }
        return m;
    }

    private static List<Event> all() {
        List<Event> all = new ArrayList<>();
        for (String p : SeedEvents.DATES.keySet()) all.addAll(SeedEvents.events(p));
        return all;
    }

    private static String country(org.faultline.actors.Actor a) { return a == null ? null : a.country(); }

    @Test
    void theSeptemberOffensiveOf004IsOneIncident() {
        List<Event> events = SeedEvents.events("004");
        IncidentLinking linking = IncidentLinker.withBundledData(ActorDictionary.bundled()).link(events, infos());
        // every mention the coder dated to September 2023 with Azerbaijan acting against Armenians or Karabakh
        Set<String> incidents = new HashSet<>();
        int mentions = 0;
        for (Event e : events) {
            boolean aze = "AZE".equals(country(e.source()));
            String t = country(e.target());
            boolean victim = t == null || t.equals("ARM") || t.equals("NKR");
            if (VIOLENCE.contains(e.type()) && aze && victim && e.date() != null && e.date().startsWith("2023-09")
                    && e.factuality() != Factuality.HYPOTHETICAL && e.factuality() != Factuality.PROPOSED) {
                incidents.add(linking.incidentOf(e.id()));
                mentions++;
            }
        }
        System.out.println("004: " + mentions + " dated September mentions -> incidents " + incidents);
        for (Incident i : linking.incidents()) System.out.println("  " + IncidentJson.incident(i));
        assertThat(mentions).isGreaterThanOrEqualTo(1);
        assertThat(incidents).hasSize(1);
        Incident offensive = linking.incidents().stream().filter(i -> incidents.contains(i.id())).findFirst().orElseThrow();
        // undated mentions of the same article about the offensive join it too
        assertThat(offensive.eventIds().size()).isGreaterThan(mentions);
        assertThat(offensive.typeFamily()).isEqualTo("violence");
        assertThat(offensive.firstDate()).startsWith("2023-09");
    }

    @Test
    void idsAreStableAndIndependentOfInputOrder() {
        List<Event> events = all();
        IncidentLinker linker = IncidentLinker.withBundledData(ActorDictionary.bundled());
        IncidentLinking a = linker.link(events, infos());
        List<Event> reversed = new ArrayList<>(events);
        java.util.Collections.reverse(reversed);
        IncidentLinking b = linker.link(reversed, infos());
        assertThat(b.incidents()).isEqualTo(a.incidents());
        assertThat(a.incidents().size()).isLessThan(events.size());
    }

    @Test
    void theOffensiveReportedInTwoSeedArticlesIsOneIncidentWithTwoSources() {
        List<Event> events = all();
        IncidentLinking linking = IncidentLinker.withBundledData(ActorDictionary.bundled()).link(events, infos());
        Set<String> offensive = new HashSet<>();
        for (Event e : events)
            if (e.articleId().startsWith("004") && VIOLENCE.contains(e.type()) && "AZE".equals(country(e.source()))
                    && e.date() != null && e.date().startsWith("2023-09")) offensive.add(linking.incidentOf(e.id()));
        assertThat(offensive).hasSize(1);
        Incident inc = linking.incidents().stream().filter(i -> offensive.contains(i.id())).findFirst().orElseThrow();
        // 002 reports the same offensive two days after it began, undated: it joins when the coder finds Azerbaijan acting
        boolean reportedIn002 = events.stream().anyMatch(e -> e.articleId().startsWith("002") && e.type().equals("ASSAULT")
                && "AZE".equals(country(e.source())) && e.factuality() != Factuality.HYPOTHETICAL);
        if (reportedIn002) {
            assertThat(inc.articleIds()).anyMatch(a -> a.startsWith("002"));
            assertThat(inc.sources()).isGreaterThanOrEqualTo(2);
            assertThat(inc.firstSeen()).isEqualTo("2023-09-21");
        }
    }

    @Test
    void theMarchClashOf001AndTheAccusationsFromBothSidesGroup() {
        List<Event> events = all();
        IncidentLinking linking = IncidentLinker.withBundledData(ActorDictionary.bundled()).link(events, infos());
        Set<String> attack = new HashSet<>();
        Map<Integer, Set<String>> accusationsBySentence = new HashMap<>();
        for (Event e : events) {
            if (!e.articleId().startsWith("001") || e.factuality() == Factuality.HYPOTHETICAL || e.factuality() == Factuality.PROPOSED) continue;
            if (e.type().equals("ASSAULT") && "AZE".equals(country(e.source()))) attack.add(linking.incidentOf(e.id()));
            // accusations between the two sides, whichever blames whom
            Set<String> pair = new HashSet<>(java.util.Arrays.asList(country(e.source()), country(e.target())));
            if (e.type().equals("ACCUSE") && pair.equals(Set.of("ARM", "AZE")))
                accusationsBySentence.computeIfAbsent(e.sentenceIndex(), k -> new HashSet<>()).add(linking.incidentOf(e.id()));
        }
        assertThat(attack).hasSize(1);
        Incident inc = linking.incidents().stream().filter(i -> attack.contains(i.id())).findFirst().orElseThrow();
        assertThat(inc.articleIds()).allMatch(a -> a.startsWith("001")); // March, apart from the September offensive
        assertThat(inc.typeFamily()).isEqualTo("violence");
        // one sentence telling that both sides accused each other is one exchange of accusations
        accusationsBySentence.values().forEach(incidents -> assertThat(incidents).hasSize(1));
    }
}
