package org.faultline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.faultline.nlp.DatePrecision;
import org.faultline.nlp.Doc;
import org.junit.jupiter.api.Test;

/** Attribution, dating and actor rules on short sentences written for these tests (CoreNLP + bundled data). */
class EventCoderAttributionTest {
    private static final LocalDate REPORTED_ON = LocalDate.of(2023, 9, 30);

    private static List<Event> code(String text) {
        Doc doc = TestAnnotator.get().annotate("t", text, REPORTED_ON);
        return TestCoder.get().code(doc);
    }

    private static Event first(List<Event> events, String type) {
        List<Event> ofType = events.stream().filter(e -> e.type().equals(type)).toList();
        assertThat(ofType).as("events of type %s in %s", type, events).isNotEmpty();
        return ofType.get(0);
    }

    private static String country(org.faultline.actors.Actor a) { return a == null ? null : a.country(); }

    @Test
    void trailingSpeechVerbMakesTheEventReportedByTheSpeaker() {
        Event e = first(code("Azerbaijani troops fired on Armenian positions near Sotk on Monday, the Armenian defence ministry said."), "ASSAULT");
        assertThat(country(e.source())).isEqualTo("AZE");
        assertThat(e.factuality()).isEqualTo(Factuality.REPORTED);
        assertThat(country(e.claimedBy())).isEqualTo("ARM");
        assertThat(e.location()).isNotNull();
        assertThat(e.location().name()).isEqualTo("Sotk");
        assertThat(e.date()).isEqualTo("2023-09-25");
    }

    @Test
    void aStateObstructingOthersIsNotItsOwnTarget() {
        List<Event> events = code("Armenia deliberately obstructs the work of the international mediators.");
        assertThat(events).isNotEmpty();
        assertThat(events).noneMatch(e -> e.source() != null && e.target() != null
                && country(e.source()) != null && country(e.source()).equals(country(e.target())));
    }

    @Test
    void aYearOnATemporalAdjunctDatesTheEvent() {
        Event e = first(code("Azerbaijani troops captured the Armenian town during the 2020 war."), "ASSAULT");
        assertThat(e.date()).isEqualTo("2020");
        assertThat(e.datePrecision()).isEqualTo(DatePrecision.YEAR);
    }

    @Test
    void thePossessorOfAStatementIsTheActor() {
        Event e = first(code("Baku sharply criticised the Armenian prime minister's remarks."), "ACCUSE");
        assertThat(country(e.source())).isEqualTo("AZE");
        assertThat(country(e.target())).isEqualTo("ARM");
        assertThat(e.target().sector()).isEqualTo("GOV");
    }

    @Test
    void separatistsOfARegionHeldByADeFactoEntityGetItsCode() {
        Event e = first(code("Azerbaijani forces attacked Armenian separatists in Karabakh."), "ASSAULT");
        assertThat(country(e.source())).isEqualTo("AZE");
        assertThat(country(e.target())).isEqualTo("NKR");
    }
}
