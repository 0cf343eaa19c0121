package org.faultline.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.faultline.nlp.DatePrecision;
import org.faultline.nlp.Doc;
import org.faultline.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** The coder on short sentences written for these tests, annotated by CoreNLP and resolved by the bundled dictionaries. */
class EventCoderTest {
    private static final LocalDate REPORTED_ON = LocalDate.of(2023, 9, 20);

    private static List<Event> code(String text) {
        Doc doc = TestAnnotator.get().annotate("t", text, REPORTED_ON);
        return TestCoder.get().code(doc);
    }

    private static Event only(List<Event> events, String type) {
        List<Event> ofType = events.stream().filter(e -> e.type().equals(type)).toList();
        assertThat(ofType).as("events of type %s in %s", type, events).hasSize(1);
        return ofType.get(0);
    }

    private static String country(org.faultline.actors.Actor a) { return a == null ? null : a.country(); }

    @Test
    void activeVerbGivesSubjectToObjectWithDateAndGoldstein() {
        Event e = only(code("Azerbaijani forces shelled the Armenian village of Sotk on Tuesday."), "ASSAULT");
        assertThat(country(e.source())).isEqualTo("AZE");
        assertThat(country(e.target())).isEqualTo("ARM");
        assertThat(e.cameo()).isEqualTo("194");
        assertThat(e.goldstein()).isEqualTo(-10.0);
        assertThat(e.quad()).isEqualTo(4);
        assertThat(e.date()).isEqualTo("2023-09-19");
        assertThat(e.datePrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(e.factuality()).isEqualTo(Factuality.ASSERTED);
        assertThat(e.id()).isEqualTo("t-0-0");
        assertThat(e.confidence()).isBetween(0.5, 1.0);
    }

    @Test
    void passiveVoiceMakesTheAgentTheSource() {
        Event e = only(code("Armenian positions were shelled by Azerbaijani troops."), "ASSAULT");
        assertThat(country(e.source())).isEqualTo("AZE");
        assertThat(country(e.target())).isEqualTo("ARM");
        assertThat(e.date()).isEqualTo("2023-09-20"); // no date in the sentence: the report date
    }

    @Test
    void reportedSpeechKeepsTheClaimant() {
        Event e = only(code("Armenian officials said Azerbaijani troops attacked Armenian positions near Jermuk."), "ASSAULT");
        assertThat(country(e.source())).isEqualTo("AZE");
        assertThat(country(e.target())).isEqualTo("ARM");
        assertThat(e.factuality()).isEqualTo(Factuality.REPORTED);
        assertThat(country(e.claimedBy())).isEqualTo("ARM");
    }

    @Test
    void anAccusationIsAnEventAndItsContentAReportedOne() {
        List<Event> events = code("Baku accused Yerevan of shelling its positions in Kalbajar.");
        Event accuse = only(events, "ACCUSE");
        assertThat(country(accuse.source())).isEqualTo("AZE");
        assertThat(country(accuse.target())).isEqualTo("ARM");
        Event assault = only(events, "ASSAULT");
        assertThat(country(assault.source())).isEqualTo("ARM");
        assertThat(assault.factuality()).isEqualTo(Factuality.REPORTED);
        assertThat(country(assault.claimedBy())).isEqualTo("AZE");
    }

    @Test
    void denialsNegationsHedgesAndProposals() {
        assertThat(only(code("Russia denied that its troops had attacked Georgian villages."), "ASSAULT").factuality())
                .isEqualTo(Factuality.NEGATED);
        assertThat(only(code("Armenia did not attack Azerbaijani positions."), "ASSAULT").factuality()).isEqualTo(Factuality.NEGATED);
        assertThat(only(code("Iran warned that Azerbaijan could attack Armenia."), "ASSAULT").factuality()).isEqualTo(Factuality.HYPOTHETICAL);
        List<Event> urged = code("France urged Azerbaijan to withdraw its troops from Armenia.");
        Event request = only(urged, "REQUEST");
        assertThat(country(request.source())).isEqualTo("FRA");
        assertThat(country(request.target())).isEqualTo("AZE");
        Event retreat = only(urged, "RETREAT");
        assertThat(retreat.factuality()).isEqualTo(Factuality.PROPOSED);
        assertThat(country(retreat.source())).isEqualTo("AZE");
        assertThat(country(retreat.target())).isEqualTo("ARM");
    }

    @Test
    void compoundActorsGiveOneEventPerPair() {
        List<Event> events = code("France and Germany condemned the attack on Stepanakert.");
        assertThat(events).filteredOn(e -> e.type().equals("ACCUSE")).extracting(e -> country(e.source()))
                .containsExactlyInAnyOrder("FRA", "DEU");
        List<Event> swap = code("Armenia and Azerbaijan exchanged prisoners of war on Thursday.");
        assertThat(swap).filteredOn(e -> e.type().equals("RETREAT"))
                .extracting(e -> country(e.source()) + ">" + country(e.target())).containsExactlyInAnyOrder("ARM>AZE", "AZE>ARM");
    }

    @Test
    void possessiveOnANominalTriggerIsTheSource() {
        Event e = only(code("Azerbaijan's offensive against the separatists began at dawn."), "ASSAULT");
        assertThat(country(e.source())).isEqualTo("AZE");
        assertThat(e.trigger()).contains("offensive");
    }

    @Test
    void announcedCooperationIsCodedAsIntentToCooperate() {
        Event e = only(code("Turkey will send humanitarian aid to Armenia."), "AGREE");
        assertThat(country(e.source())).isEqualTo("TUR");
        assertThat(country(e.target())).isEqualTo("ARM");
        assertThat(e.cameo()).startsWith("03");
        assertThat(e.quad()).isEqualTo(1);
    }

    @Test
    void phrasalPatternsBeatTheirHeadVerb() {
        Event e = only(code("The European Union imposed sanctions on Russia."), "SANCTION");
        assertThat(country(e.source())).isEqualTo("IGO");
        assertThat(country(e.target())).isEqualTo("RUS");
        assertThat(e.cameo()).isEqualTo("163");
    }

    @Test
    void explainSaysWhyThereIsNoEvent() {
        Doc doc = TestAnnotator.get().annotate("x", "The weather was pleasant in Yerevan. Officials discussed the weather.", REPORTED_ON);
        SentenceExplanation first = TestCoder.get().explain("x", doc.sentences().get(0), REPORTED_ON);
        assertThat(first.events()).isEmpty();
        assertThat(first.summary()).contains("no event coded").contains("no candidate");
        Sentence second = doc.sentences().get(1);
        SentenceExplanation why = TestCoder.get().explain("x", second, REPORTED_ON);
        assertThat(why.candidates()).anySatisfy(c -> {
            assertThat(c.lemma()).isEqualTo("discuss");
            assertThat(c.outcome()).isEqualTo(Candidate.Outcome.REJECTED);
            assertThat(c.reason()).contains("country");
        });
    }

    @Test
    void timesCodingApartFromAnnotation() {
        Doc doc = TestAnnotator.get().annotate("d", "Azerbaijani forces shelled Armenian positions. Armenia condemned the attack.", REPORTED_ON);
        EventCoder.CodingRun run = TestCoder.get().codeTimed(List.of(doc));
        assertThat(run.nanos()).isPositive();
        assertThat(run.eventCount()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> TestCoder.get().code(" ", null, null)).hasMessageContaining("articleId");
        assertThatThrownBy(() -> TestCoder.get().code(null)).hasMessageContaining("doc");
    }
}
