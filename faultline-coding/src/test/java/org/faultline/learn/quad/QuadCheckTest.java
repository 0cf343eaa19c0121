package org.faultline.learn.quad;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.faultline.events.Event;
import org.faultline.events.EventCoder;
import org.faultline.events.TestAnnotator;
import org.faultline.events.TestCoder;
import org.faultline.nlp.Doc;
import org.junit.jupiter.api.Test;

/** The shipped model on sentences written for this test (not from any training or development data). */
class QuadCheckTest {
    private static final String SPORT = "Arsenal beat Chelsea 2-0 at the Emirates on Saturday, with both goals coming in the second half.";
    private static final String SHELLING = "Azerbaijani troops shelled Armenian border villages on Tuesday, killing two soldiers.";
    private final QuadCheck check = QuadCheck.bundled();
    private final EventCoder rules = TestCoder.get();

    private QuadPrediction predict(String text) {
        Doc doc = TestAnnotator.get().annotate("t", text, null);
        return check.predict(doc.sentences().get(0), rules.code(doc));
    }

    /**
     * Known weakness: the class file has no sport, so the model does not call a match result
     * neutral (it leans to material cooperation); it does rate it far less conflictual, and far
     * more neutral, than a shelling.
     */
    @Test
    void aSportsResultIsNotConflictAndMoreNeutralThanAShelling() {
        QuadPrediction sport = predict(SPORT), shelling = predict(SHELLING);
        assertThat(sport.quad()).isNotIn(3, 4);
        assertThat(sport.probability(0)).isGreaterThan(5 * shelling.probability(0));
    }

    @Test
    void aShellingIsMaterialConflict() {
        QuadPrediction p = predict(SHELLING);
        assertThat(p.quad()).isEqualTo(4);
        assertThat(p.probability(4)).isGreaterThan(0.8);
    }

    @Test
    void checkedCoderKeepsTheShellingAndMarksItsPath() {
        Doc doc = TestAnnotator.get().annotate("t", SHELLING, null);
        List<Event> events = rules.checkedBy(check).code(doc);
        assertThat(events).isNotEmpty();
        assertThat(events).allSatisfy(e -> assertThat(e.path()).isEqualTo(Event.RULES_QUAD));
        assertThat(rules.code(doc)).allSatisfy(e -> assertThat(e.path()).isEqualTo(Event.RULES));
    }

    @Test
    void checkedCoderCodesNothingFromTheSportsResult() {
        Doc doc = TestAnnotator.get().annotate("t", SPORT, null);
        assertThat(rules.checkedBy(check).code(doc)).isEmpty();
    }
}
