package org.faultline.learn.roles;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * K-fold cross-validation of the role model on aligned sentences: each fold is held out once while
 * a model is trained on the others; the held-out and training-fold scores sit side by side (their
 * gap shows over-fitting). A rule predictor, if given, is scored on the same held-out folds so the
 * two can be compared sentence for sentence. Folds come from a seeded shuffle ({@link TrainConfig#seed}).
 */
public final class CrossValidation {
    private final TrainConfig config;
    private final RoleFeatures features;

    public CrossValidation(TrainConfig config, RoleFeatures features) {
        this.config = config;
        this.features = features;
    }

    /** Scores of one fold. {@code rules} is null when no rule predictor was given. */
    public record Fold(int index, int heldOutSentences, RoleScores training, RoleScores heldOut, RoleScores rules) {}

    /** @param rules the rule coder's spans, or null */
    public List<Fold> run(List<AlignedSentence> sentences, SpanPredictor rules) {
        List<List<AlignedSentence>> folds = split(sentences, config.folds(), config.seed());
        List<Fold> out = new ArrayList<>();
        for (int k = 0; k < folds.size(); k++) {
            List<AlignedSentence> train = new ArrayList<>();
            for (int j = 0; j < folds.size(); j++) if (j != k) train.addAll(folds.get(j));
            RoleModel model = new RoleTrainer(config, features).train(train);
            RoleTagger tagger = new RoleTagger(model, features);
            SpanPredictor learned = s -> tagger.tag(new DepTree(s.sentence()), new DepTree(s.sentence()).root(), null).spans();
            out.add(new Fold(k, folds.get(k).size(), RoleScores.of(train, learned), RoleScores.of(folds.get(k), learned),
                    rules == null ? null : RoleScores.of(folds.get(k), rules)));
        }
        return out;
    }

    /** Seeded shuffle, then every k-th sentence to fold k. */
    public static <T> List<List<T>> split(List<T> items, int k, long seed) {
        List<T> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, new Random(seed));
        List<List<T>> folds = new ArrayList<>();
        for (int i = 0; i < k; i++) folds.add(new ArrayList<>());
        for (int i = 0; i < shuffled.size(); i++) folds.get(i % k).add(shuffled.get(i));
        return folds;
    }
}
