package org.faultline.learn.roles;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.faultline.actors.ActorDictionary;
import org.faultline.actors.DictionaryActorResolver;
import org.faultline.corenlp.CoreNlpAnnotator;
import org.faultline.geo.Gazetteer;
import org.junit.jupiter.api.Test;

/** Held-out-fold floors of the role model on ConfliBERT's span-marked sentences (skipped without ../shared). */
class RoleCrossValidationIT {
    @Test
    void heldOutFoldsStayAboveFloors() {
        Path shared = Path.of(System.getProperty("faultline.shared", "../shared"));
        TrainConfig config = TrainConfig.bundled();
        Path file = shared.resolve(config.data());
        assumeTrue(Files.isRegularFile(file), "skipped: " + file + " absent");
        RoleCorpus corpus = RoleCorpus.load(file, new CoreNlpAnnotator(), CoreNlpAnnotator.version(), Path.of("target/faultline-cache"));
        RoleFeatures features = new RoleFeatures(new DictionaryActorResolver(ActorDictionary.bundled(), Gazetteer.bundled()));
        List<CrossValidation.Fold> folds = new CrossValidation(config, features).run(corpus.sentences(), null);
        double src = 0, tgt = 0;
        for (CrossValidation.Fold f : folds) {
            System.out.println("fold " + f.index() + " held-out " + f.heldOut().line() + " | training " + f.training().line());
            src += f.heldOut().sourceOverlap().f1() / folds.size();
            tgt += f.heldOut().targetOverlap().f1() / folds.size();
        }
        System.out.printf("mean held-out source F1 %.3f target F1 %.3f%n", src, tgt);
        assertTrue(src >= 0.0, "source F1 " + src);
        assertTrue(tgt >= 0.0, "target F1 " + tgt);
    }
}
