package org.faultline.learn.quad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.faultline.events.Shared;
import org.faultline.events.TestAnnotator;
import org.faultline.events.TestCoder;
import org.junit.jupiter.api.Test;

/**
 * Floors on held-out folds of the ConfliBERT class file (skips without ../shared). Set just below
 * what 5-fold cross-validation measured when the model was trained (see quad-model.json); they
 * guard against a feature or rule change that quietly costs accuracy. Slow: annotates ~1,350 sentences.
 */
class QuadHeldOutFloorTest {
    @Test
    void heldOutFoldsStayAboveTheFloors() {
        Path data;
        try {
            data = Shared.dir().resolve("gold/conflibert/cameo_class_train.tsv");
        } catch (IllegalStateException e) {
            data = null;
        }
        assumeTrue(data != null && Files.isRegularFile(data), "../shared/gold/conflibert/cameo_class_train.tsv not found: skipping");
        List<CodedSentence> coded = new QuadCorpus(TestAnnotator.get(), TestCoder.get()).code(QuadClassFile.read(data));
        QuadCvReport cv = new QuadCrossValidation(new QuadTrainer(QuadTrainingConfig.defaults())).run(coded, 5);
        QuadScore held = cv.pooledHeldOut();
        assertThat(held.accuracy()).as("held-out quad accuracy").isGreaterThanOrEqualTo(0.88);
        assertThat(held.macroF1()).as("held-out quad macro F1").isGreaterThanOrEqualTo(0.88);
        assertThat(held.accuracy()).as("the model beats the rules alone on held-out folds").isGreaterThan(cv.rules().accuracy() + 0.15);
        QuadCvReport.Checked off = cv.rulesChecked(Double.POSITIVE_INFINITY), on = cv.rulesChecked(QuadCheckPolicy.defaults().dropNeutralAt());
        assertThat(on.neutralWithEvents()).as("neutral sentences still coded").isLessThanOrEqualTo(off.neutralWithEvents() / 2);
        assertThat(on.eventfulWithEvents()).as("eventful sentences keep their events").isGreaterThanOrEqualTo((int) (off.eventfulWithEvents() * 0.97));
        assertThat(on.score().accuracy()).as("checked rules classify sentences better").isGreaterThan(off.score().accuracy());
    }
}
