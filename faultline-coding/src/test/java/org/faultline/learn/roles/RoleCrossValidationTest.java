package org.faultline.learn.roles;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.faultline.actors.ActorDictionary;
import org.faultline.actors.DictionaryActorResolver;
import org.faultline.corenlp.CoreNlpAnnotator;
import org.faultline.events.TestAnnotator;
import org.faultline.geo.Gazetteer;
import org.junit.jupiter.api.Test;

/**
 * Held-out-fold floors of the role model on ConfliBERT's span-marked sentences (skipped without
 * ../shared). The targets are source F1 0.80 and target F1 0.75 (token overlap); the floors
 * sit just below what the bundled configuration measures (source 0.927, target 0.755 held out).
 */
class RoleCrossValidationTest {
    @Test
    void heldOutFoldsStayAboveFloors() {
        Path shared;
        try {
            shared = org.faultline.events.Shared.dir();
        } catch (IllegalStateException e) {
            assumeTrue(false, "skipped: " + e.getMessage());
            return;
        }
        TrainConfig config = TrainConfig.bundled();
        Path file = shared.resolve(config.data());
        assumeTrue(Files.isRegularFile(file), "skipped: " + file + " absent");
        RoleCorpus corpus = RoleCorpus.load(file, TestAnnotator.get(), CoreNlpAnnotator.version(), Path.of("target/faultline-cache"));
        RoleFeatures features = new RoleFeatures(new DictionaryActorResolver(ActorDictionary.bundled(), Gazetteer.bundled()));
        List<CrossValidation.Fold> folds = new CrossValidation(config, features).run(corpus.sentences(), null);
        double src = 0, tgt = 0, srcTrain = 0;
        for (CrossValidation.Fold f : folds) {
            src += f.heldOut().sourceOverlap().f1() / folds.size();
            tgt += f.heldOut().targetOverlap().f1() / folds.size();
            srcTrain += f.training().sourceOverlap().f1() / folds.size();
        }
        System.out.print(RoleFoldReport.format(folds));
        assertTrue(src >= 0.90, "held-out source span F1 " + src);
        assertTrue(tgt >= 0.745, "held-out target span F1 " + tgt);
        assertTrue(srcTrain >= src - 0.01, "training folds should score at least as well as held-out ones");
    }
}
