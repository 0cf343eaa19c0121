package org.faultline.corenlp;

import org.faultline.nlp.DatePrecision;
import org.faultline.nlp.Dependency;
import org.faultline.nlp.Doc;
import org.faultline.nlp.Entity;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.TimeExpression;
import org.faultline.nlp.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Real CoreNLP on our own fixture sentences and on the seed articles; one pipeline for the class. */
class CoreNlpAnnotatorTest {

    /** A Thursday. */
    private static final LocalDate REPORT = LocalDate.of(2024, 1, 25);

    private static CoreNlpAnnotator annotator;

    @BeforeAll
    static void load() {
        annotator = SharedAnnotator.get();
    }

    @Test
    void tokensCarryLemmaPosNerAndOffsetsIntoTheGivenText() {
        String text = "Troops crossed the border.\nThe ministry in Yerevan denied it.";
        Doc doc = annotator.annotate("t1", text, REPORT);

        assertThat(doc.sentences()).hasSize(2);
        Sentence second = doc.sentences().get(1);
        assertThat(second.index()).isEqualTo(1);
        assertThat(text.substring(second.beginChar(), second.endChar())).isEqualTo(second.text());
        for (Sentence s : doc.sentences())
            for (Token t : s.tokens())
                assertThat(text.substring(t.beginChar(), t.endChar())).isEqualTo(t.word());
        Token crossed = doc.sentences().get(0).tokens().get(1);
        assertThat(crossed.lemma()).isEqualTo("cross");
        assertThat(crossed.pos()).isEqualTo("VBD");
        assertThat(entity(second, "Yerevan")).map(Entity::type).hasValueSatisfying(
                t -> assertThat(t).isIn("LOCATION", "CITY"));
    }

    @Test
    void aLineWithoutFinalPunctuationIsASentenceOfItsOwn() {
        Doc doc = annotator.annotate("t7", "Border talks stall again\nNegotiators left the room early.", REPORT);
        assertThat(doc.sentences()).extracting(Sentence::text)
                .containsExactly("Border talks stall again", "Negotiators left the room early.");
    }

    @Test
    void emptyTextGivesAnEmptyDoc() {
        Doc doc = annotator.annotate("t8", "", REPORT);
        assertThat(doc.sentences()).isEmpty();
        assertThat(doc.quotes()).isEmpty();
    }

    @Test
    void dependencyParseFindsSubjectAndObjectOfTheVerb() {
        Sentence s = annotator.annotate("t2", "Azerbaijani forces shelled Armenian positions on Monday.", REPORT)
                .sentences().get(0);
        int verb = indexOf(s, "shelled");
        assertThat(s.head(verb)).map(Dependency::isRoot).hasValue(true);
        assertThat(s.children(verb)).contains(
                new Dependency("nsubj", verb, indexOf(s, "forces")),
                new Dependency("obj", verb, indexOf(s, "positions")));
        assertThat(s.children(verb)).anySatisfy(d -> {
            assertThat(d.baseRelation()).isEqualTo("obl");
            assertThat(d.dependent()).isEqualTo(indexOf(s, "Monday"));
        });
    }

    @Test
    void fullDatesKeepTheirYearAndWeekdaysResolveToThePast() {
        Doc doc = annotator.annotate("t3", "The envoy said on Tuesday that the offensive began on "
                + "September 19, 2023, and that a convoy was stopped last Monday.", REPORT);
        List<TimeExpression> times = doc.sentences().get(0).times();

        assertThat(time(times, "September 19, 2023")).isEqualTo("2023-09-19");
        assertThat(time(times, "Tuesday")).isEqualTo("2024-01-23");
        assertThat(time(times, "last Monday")).isEqualTo("2024-01-22");
        assertThat(times).allSatisfy(t -> assertThat(t.precision()).isEqualTo(DatePrecision.DAY));
    }

    @Test
    void weekdaysInFutureClausesLookAhead() {
        Doc doc = annotator.annotate("t5", "The two delegations will meet again on Monday in Geneva.", REPORT);
        assertThat(time(doc.sentences().get(0).times(), "Monday")).isEqualTo("2024-01-29");
    }

    @Test
    void yearlessDateInAJanuaryReportIsLastSeptember() {
        Doc doc = annotator.annotate("t6", "Shelling was reported near the border on September 19.", REPORT);
        assertThat(time(doc.sentences().get(0).times(), "September 19")).isEqualTo("2023-09-19");
    }

    @Test
    void seedArticlesGetPeopleAndPlaces() {
        Doc d002 = annotator.annotate("002", Seeds.text("002"), LocalDate.of(2023, 9, 21));
        assertThat(entitiesOfType(d002, "PERSON")).contains("Ilham Aliyev", "Ararat Mirzoyan", "Jeyhun Bayramov");
        assertThat(allEntities(d002)).anySatisfy(e -> {
            assertThat(e.text()).isEqualTo("Azerbaijan");
            assertThat(e.type()).isIn("COUNTRY", "LOCATION");
        });

        Doc d000 = annotator.annotate("000", Seeds.text("000"), LocalDate.of(2023, 9, 11));
        assertThat(entitiesOfType(d000, "PERSON")).contains("Nikol Pashinyan", "Emmanuel Macron", "Ilham Aliyev");
    }

    @Test
    void seedDatesNormaliseAgainstTheReportDate() {
        Doc doc = annotator.annotate("004", Seeds.text("004"), LocalDate.of(2023, 10, 24));
        List<TimeExpression> times = doc.sentences().stream().flatMap(s -> s.times().stream()).toList();
        assertThat(times).filteredOn(t -> t.text().equals("September 19, 2023"))
                .isNotEmpty().allSatisfy(t -> assertThat(t.value()).isEqualTo("2023-09-19"));
        assertThat(times).filteredOn(t -> t.text().equals("September 19"))
                .isNotEmpty().allSatisfy(t -> assertThat(t.value()).isEqualTo("2023-09-19"));
        // "talks Monday" in a report of Tuesday 2023-10-24 is the day before
        assertThat(times).filteredOn(t -> t.text().equals("Monday"))
                .isNotEmpty().allSatisfy(t -> assertThat(t.value()).isEqualTo("2023-10-23"));

        // read months later, the year-less "September 19" still means the past one
        List<TimeExpression> later = annotator.annotate("004", Seeds.text("004"), REPORT).sentences().stream()
                .flatMap(s -> s.times().stream()).toList();
        assertThat(later).filteredOn(t -> t.text().startsWith("September 19"))
                .hasSizeGreaterThanOrEqualTo(2).allSatisfy(t -> assertThat(t.value()).isEqualTo("2023-09-19"));
    }

    @Test
    void concurrentCallsGiveTheSameDocsAsSequentialOnes() throws Exception {
        List<String> seeds = Seeds.all();
        List<Doc> sequential = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) sequential.add(annotator.annotate("s" + i, seeds.get(i), REPORT));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Doc>> futures = new ArrayList<>();
            for (int i = 0; i < seeds.size(); i++) {
                int n = i;
                futures.add(pool.submit(() -> annotator.annotate("s" + n, seeds.get(n), REPORT)));
            }
            for (int i = 0; i < seeds.size(); i++) assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void rejectsBlankIdAndNullText() {
        assertThatThrownBy(() -> annotator.annotate(" ", "x", REPORT)).hasMessageContaining("id");
        assertThatThrownBy(() -> annotator.annotate("a", null, REPORT)).hasMessageContaining("a");
    }

    @Test
    void annotatesWithoutReportDate() {
        Doc doc = annotator.annotate("t4", "Talks resumed on September 19, 2023.", null);
        assertThat(doc.reportDate()).isNull();
        assertThat(time(doc.sentences().get(0).times(), "September 19, 2023")).isEqualTo("2023-09-19");
    }

    static int indexOf(Sentence s, String word) {
        for (Token t : s.tokens()) if (t.word().equals(word)) return t.index();
        throw new AssertionError("no token '" + word + "' in: " + s.text());
    }

    private static String time(List<TimeExpression> times, String text) {
        return times.stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no time '" + text + "' in " + times)).value();
    }

    private static Optional<Entity> entity(Sentence s, String text) {
        return s.entities().stream().filter(e -> e.text().equals(text)).findFirst();
    }

    private static List<Entity> allEntities(Doc doc) {
        return doc.sentences().stream().flatMap(s -> s.entities().stream()).toList();
    }

    private static List<String> entitiesOfType(Doc doc, String type) {
        return allEntities(doc).stream().filter(e -> e.type().equals(type)).map(Entity::text).toList();
    }
}
