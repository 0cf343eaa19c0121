package org.faultline.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faultline.actors.ActorDictionary;
import org.faultline.events.DocCache;
import org.faultline.events.Event;
import org.faultline.events.TestAnnotator;
import org.faultline.nlp.Doc;
import org.junit.jupiter.api.Test;

/** One clash told by both sides in two outlets, written for this test; real CoreNLP and coder. */
class TwoSidedClashTest {
    private record Art(String id, LocalDate published, String outlet, String text) {}

    private static final List<Art> ARTICLES = List.of(
            new Art("cl-1", LocalDate.of(2022, 9, 14), "Alpha Wire",
                    "Azerbaijani forces shelled Armenian positions near Jermuk on Tuesday, the Armenian defence ministry said."),
            new Art("cl-2", LocalDate.of(2022, 9, 14), "Beta News",
                    "Armenian troops attacked Azerbaijani army positions near the border on Tuesday, the Azerbaijani defence ministry said."),
            new Art("cl-3", LocalDate.of(2022, 11, 3), "Gamma Daily",
                    "Azerbaijani forces shelled Armenian villages near Jermuk on Wednesday, officials in Yerevan said."));

    private static List<Event> events(Map<String, ArticleInfo> infos) {
        List<Doc> docs = DocCache.load("incidents-clash-" + Integer.toHexString(ARTICLES.hashCode()), () -> {
            List<Doc> out = new ArrayList<>();
            for (Art a : ARTICLES) out.add(TestAnnotator.get().annotate(a.id(), a.text(), a.published()));
            return out;
        });
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            events.addAll(SeedEvents.coder().code(docs.get(i)));
            Art a = ARTICLES.get(i);
            infos.put(a.id(), new ArticleInfo(a.id(), a.published(), a.outlet()));
        }
        return events;
    }

    @Test
    void bothAccountsOfOneClashAreOneIncidentAndALaterClashIsAnother() {
        Map<String, ArticleInfo> infos = new HashMap<>();
        List<Event> events = events(infos);
        events.forEach(e -> System.out.println("  " + e.id() + " " + e.type() + " " + (e.source() == null ? null : e.source().code())
                + "->" + (e.target() == null ? null : e.target().code()) + " " + e.date() + " [" + e.trigger() + "]"));
        IncidentLinking linking = IncidentLinker.withBundledData(ActorDictionary.bundled()).link(events, infos);
        List<Event> violent = events.stream().filter(e -> Set.of("ASSAULT", "COERCE").contains(e.type())).toList();
        String first = violent.stream().filter(e -> e.articleId().equals("cl-1")).map(e -> linking.incidentOf(e.id())).findFirst().orElseThrow();
        String second = violent.stream().filter(e -> e.articleId().equals("cl-2")).map(e -> linking.incidentOf(e.id())).findFirst().orElseThrow();
        String later = violent.stream().filter(e -> e.articleId().equals("cl-3")).map(e -> linking.incidentOf(e.id())).findFirst().orElseThrow();
        assertThat(second).isEqualTo(first);
        assertThat(later).isNotEqualTo(first);
        Incident clash = linking.incidents().stream().filter(i -> i.id().equals(first)).findFirst().orElseThrow();
        assertThat(clash.sources()).isEqualTo(2);
        assertThat(clash.articleIds()).containsExactlyInAnyOrder("cl-1", "cl-2");
        assertThat(clash.typeFamily()).isEqualTo("violence");
        assertThat(Set.of(clash.sourceCountry(), clash.targetCountry())).isEqualTo(Set.of("AZE", "ARM"));
        assertThat(clash.firstDate()).isEqualTo("2022-09-13");
        assertThat(IncidentJson.incident(clash).get("sources").asInt()).isEqualTo(2);
    }
}
