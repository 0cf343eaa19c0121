package org.faultline.ingest.clean;

import org.faultline.ingest.RemovedSpan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReflowerTest {
    private static Reflower reflower;

    @BeforeAll
    static void load() {
        reflower = new Reflower(new Dehyphenator(WordList.english()));
    }

    private static final List<String> WRAPPED = List.of(
            "The regional assembly approved a long-awaited plan on Thursday to rebuild",
            "roads and bridges damaged during the fighting, and it asked the government to",
            "publish a timetable for the work within a month. The plan covers villages in",
            "three districts and sets aside money for schools, clinics and water supply,",
            "according to the text adopted by a large majority of the deputies present.",
            "",
            "Critics said the budget was too small for the scale of the damage and warned",
            "that the previous programme had stalled because of slow procurement and propa-",
            "ganda campaigns that discouraged investors from taking part in the tenders.",
            "Supporters answered that a first phase could start before the winter and that the",
            "the remaining funds would come from international partners later.");

    @Test
    void hardWrappedLinesBecomeParagraphs() {
        List<RemovedSpan> removed = new ArrayList<>();
        List<String> paragraphs = reflower.reflow(WRAPPED, removed);
        assertThat(paragraphs).hasSize(2);
        assertThat(paragraphs.get(0)).startsWith("The regional assembly").endsWith("deputies present.")
                .contains("to rebuild roads and bridges");
        assertThat(paragraphs.get(1)).contains("slow procurement and propaganda campaigns")
                .contains("and that the remaining funds").doesNotContain("the the");
        assertThat(removed).containsExactly(new RemovedSpan("doubled-word", "the"));
    }

    @Test
    void unwrappedTextKeepsOneParagraphPerLine() {
        List<String> lines = List.of(
                "Officials confirmed the meeting would take place next week in the capital, with both delegations attending.",
                "A spokesperson declined to give details of the agenda but said that several technical issues would be discussed.",
                "Observers expect the talks to focus on transport links and on the return of displaced residents to their homes.");
        assertThat(reflower.reflow(lines, new ArrayList<>())).hasSize(3);
        assertThat(Reflower.isHardWrapped(lines)).isFalse();
        assertThat(Reflower.isHardWrapped(WRAPPED)).isTrue();
    }

    @Test
    void aSentenceBrokenAcrossABlankLineIsRejoined() {
        List<String> lines = List.of("The agreement was expected to be followed by", "", "the opening of a second road in the autumn.");
        assertThat(reflower.reflow(lines, new ArrayList<>()))
                .containsExactly("The agreement was expected to be followed by the opening of a second road in the autumn.");
    }
}
