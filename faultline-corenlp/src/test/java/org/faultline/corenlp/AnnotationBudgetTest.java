package org.faultline.corenlp;

import org.faultline.nlp.Doc;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Real CoreNLP under small budgets: long lines are cut, big documents stop with a problem. */
class AnnotationBudgetTest {

    private static final LocalDate REPORT = LocalDate.of(2024, 3, 4);

    /** Words without punctuation: one "sentence" to the splitter, as a pasted table or a broken page gives. */
    private static String unpunctuated(int words, long seed) {
        String[] vocab = {"troops", "village", "border", "shelling", "council", "river", "ministry", "convoy",
                "Armenia", "Azerbaijan", "talks", "ceasefire", "road", "night", "statement", "drone"};
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) b.append(i == 0 ? "" : " ").append(vocab[r.nextInt(vocab.length)]);
        return b.toString();
    }

    @Test
    void aLongLineIsCutIntoSentencesWithinTheLimitAndEveryTokenIsKept() {
        String text = unpunctuated(700, 1);
        Doc doc = SharedAnnotator.get().annotate("long", text, REPORT);
        assertThat(doc.problems()).isEmpty();
        assertThat(doc.sentences()).hasSizeGreaterThanOrEqualTo(5);
        for (Sentence s : doc.sentences()) {
            assertThat(s.tokens()).hasSizeLessThanOrEqualTo(AnnotationBudget.defaults().maxSentenceTokens());
            assertThat(s.tokens().get(0).index()).isZero();
            assertThat(s.text()).isEqualTo(text.substring(s.beginChar(), s.endChar()));
            // tagged and parsed, not left bare
            assertThat(s.tokens()).allMatch(t -> !t.pos().isEmpty());
            assertThat(s.dependencies()).isNotEmpty();
        }
        assertThat(doc.tokenCount()).isEqualTo(700);
    }

    @Test
    void aLongSentenceIsCutAfterACommaRatherThanMidPhrase() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 30; i++) b.append(i == 0 ? "" : ", ").append("the troops moved to the village");
        b.append('.');
        Doc doc = SharedAnnotator.get().annotate("commas", b.toString(), REPORT);
        assertThat(doc.sentences()).hasSizeGreaterThan(1);
        for (Sentence s : doc.sentences().subList(0, doc.sentences().size() - 1)) {
            List<Token> t = s.tokens();
            assertThat(t.get(t.size() - 1).word()).isEqualTo(",");
        }
    }

    @Test
    void theSameTextGivesTheSameDoc() {
        String text = unpunctuated(400, 7) + ".\nThe ministry said the convoy crossed the border on Monday.";
        Doc a = SharedAnnotator.get().annotate("same", text, REPORT);
        Doc b = SharedAnnotator.get().annotate("same", text, REPORT);
        assertThat(a).isEqualTo(b);
    }

    @Test
    void aDocumentOverTheTokenBudgetStopsWithAProblemNamingTheSentence() {
        CoreNlpAnnotator small = new CoreNlpAnnotator(AnnotatorOptions.defaults()
                .withBudget(new AnnotationBudget(50, 100, 200, Duration.ofMinutes(5))));
        String text = unpunctuated(1_000, 3);
        Doc doc = small.annotate("big", text, REPORT);
        assertThat(doc.tokenCount()).isLessThanOrEqualTo(200).isGreaterThan(100);
        // only a prefix of a text far over the budget is even tokenized
        assertThat(doc.problems()).singleElement().asString()
                .startsWith("annotation stopped at sentence " + doc.sentences().size() + ": the text is over the budget of 200 tokens")
                .contains(" of " + text.length() + " characters were read");
        // just over the budget: the whole text is tokenized and the count given
        String near = unpunctuated(230, 4);
        assertThat(small.annotate("near", near, REPORT).problems()).singleElement().asString()
                .contains("the text has 230 tokens, over the budget of 200");
    }

    @Test
    void theTimeBudgetStopsAfterAChunkAndSaysWhere() {
        CoreNlpAnnotator hurried = new CoreNlpAnnotator(AnnotatorOptions.defaults()
                .withBudget(new AnnotationBudget(50, 100, 10_000, Duration.ofNanos(1))));
        Doc doc = hurried.annotate("slow", unpunctuated(1_000, 5), REPORT);
        assertThat(doc.tokenCount()).isLessThanOrEqualTo(100);
        assertThat(doc.problems()).singleElement().asString()
                .matches("annotation stopped after \\d+ s of CPU time at sentence " + doc.sentences().size() + " of 20 \\(time budget 0 s\\).*");
    }

    @Test
    void inconsistentBudgetsAreRefused() {
        assertThatThrownBy(() -> new AnnotationBudget(150, 100, 1000, Duration.ofSeconds(1)))
                .hasMessageContaining("chunkTokens (100) must be >= maxSentenceTokens (150)");
    }
}
