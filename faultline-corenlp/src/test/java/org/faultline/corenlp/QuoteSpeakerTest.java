package org.faultline.corenlp;

import org.faultline.nlp.Doc;
import org.faultline.nlp.Quote;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Quote speakers on our own fixture sentences and on seed articles, with the shared pipeline. */
class QuoteSpeakerTest {

    private static final LocalDate REPORT = LocalDate.of(2024, 1, 25);

    private static Quote only(String text) {
        Doc doc = SharedAnnotator.get().annotate("q", text, REPORT);
        assertThat(doc.quotes()).hasSize(1);
        return doc.quotes().get(0);
    }

    @Test
    void pronounThatToldReportersIsTheLastNamedPerson() {
        Quote q = only("Defence Minister Suren Papikyan toured the front line.\n"
                + "\"Our units will hold every position,\" he told reporters after the visit.");
        assertThat(q.speaker()).isEqualTo("he");
        assertThat(q.canonicalSpeaker()).isEqualTo("Suren Papikyan");
        assertThat(q.text()).startsWith("\"Our units").endsWith(",\"");
        assertThat(q.sentenceBegin()).isEqualTo(1);
    }

    @Test
    void heAddedContinuesThePreviousQuotesSpeaker() {
        Doc doc = SharedAnnotator.get().annotate("q", "Prime Minister Nikol Pashinyan met the press in Yerevan.\n"
                + "\"We made real progress,\" Pashinyan said after his talks with Charles Michel.\n"
                + "\"The next round will be held in Brussels,\" he added.", REPORT);
        assertThat(doc.quotes()).hasSize(2);
        assertThat(doc.quotes().get(1).speaker()).isEqualTo("he");
        assertThat(doc.quotes().get(1).canonicalSpeaker()).isEqualTo("Nikol Pashinyan");
    }

    @Test
    void invertedSaidWithTitledName() {
        Quote q = only("\"Dialogue is the only road to stability,\" said Turkey's Foreign Minister Hakan Fidan.");
        assertThat(q.speaker()).isEqualTo("Turkey's Foreign Minister Hakan Fidan");
        assertThat(q.canonicalSpeaker()).isEqualTo("Hakan Fidan");
    }

    @Test
    void definiteTitleRefersBackToTheNamedHolder() {
        Doc doc = SharedAnnotator.get().annotate("q", "German Chancellor Olaf Scholz spoke in Berlin on Monday.\n"
                + "\"Nobody in Europe wants another war,\" the German chancellor said.", REPORT);
        Quote q = doc.quotes().get(0);
        assertThat(q.speaker()).isEqualTo("the German chancellor");
        assertThat(q.canonicalSpeaker()).isEqualTo("Olaf Scholz");
    }

    @Test
    void bareSurnameGetsTheFullName() {
        Doc doc = SharedAnnotator.get().annotate("q", "Prime Minister Nikol Pashinyan addressed parliament.\n"
                + "\"We are ready to sign a treaty this year,\" Pashinyan said.", REPORT);
        Quote q = doc.quotes().get(0);
        assertThat(q.speaker()).isEqualTo("Pashinyan");
        assertThat(q.canonicalSpeaker()).isEqualTo("Nikol Pashinyan");
        // the bare surname is now a PERSON mention too
        assertThat(doc.sentences().get(1).entities()).anySatisfy(e -> {
            assertThat(e.text()).isEqualTo("Pashinyan");
            assertThat(e.type()).isEqualTo("PERSON");
        });
    }

    @Test
    void speakerBeforeAColon() {
        Quote q = only("The foreign ministry said in a statement: \"The shelling of the village was a deliberate provocation.\"");
        assertThat(q.speaker()).isEqualTo("The foreign ministry");
    }

    @Test
    void accordingTo() {
        Quote q = only("The strike was \"a clear breach of the truce,\" according to the Defence Ministry of Armenia.");
        assertThat(q.speaker()).isEqualTo("the Defence Ministry");
        assertThat(q.canonicalSpeaker()).isEqualTo("Defence Ministry of Armenia");
    }

    @Test
    void seedQuotesGetTheirSpeakers() {
        Doc d004 = SharedAnnotator.get().annotate("004", Seeds.text("004"), LocalDate.of(2023, 10, 24));
        assertThat(d004.quotes()).anySatisfy(q -> {
            assertThat(q.speaker()).contains("Foreign Minister");
            assertThat(q.canonicalSpeaker()).isEqualTo("Hossein Amir-Abdollahian");
        });
        assertThat(d004.quotes()).filteredOn(q -> "Nikol Pashinyan".equals(q.canonicalSpeaker())).hasSizeGreaterThanOrEqualTo(2);
        Doc d002 = SharedAnnotator.get().annotate("002", Seeds.text("002"), LocalDate.of(2023, 9, 21));
        assertThat(d002.quotes()).anySatisfy(q -> assertThat(q.canonicalSpeaker()).isEqualTo("Ararat Mirzoyan"));
        for (Doc d : new Doc[]{d004, d002})
            for (Quote q : d.quotes()) {
                assertThat(q.text()).isEqualTo(Seeds.text(d.id()).substring(q.beginChar(), q.endChar()));
                assertThat(q.sentenceEnd()).isGreaterThanOrEqualTo(q.sentenceBegin());
            }
    }
}
