package org.faultline.learn.quad;

import java.util.ArrayList;
import java.util.List;

/**
 * K-fold cross-validation of the quad model and of the rules checked by it, on coded sentences of
 * a class file. Each fold trains a model on the other folds (same config as the shipped model) and
 * predicts the held-out one; the figures pooled over held-out folds are what the floors use. The
 * rules were not written on the class file, so their figures on it are held-out too.
 */
public final class QuadCrossValidation {
    private final QuadTrainer trainer;
    private final QuadFeatures features = new QuadFeatures();

    public QuadCrossValidation(QuadTrainer trainer) {
        if (trainer == null) throw new IllegalArgumentException("trainer must not be null");
        this.trainer = trainer;
    }

    public QuadCvReport run(List<CodedSentence> data, int k) {
        Folds folds = new Folds(data.stream().map(CodedSentence::text).toList(), k, trainer.config().seed());
        List<FeaturedExample> featured = data.stream().map(c -> c.featured(features)).toList();
        QuadPrediction[] heldOut = new QuadPrediction[data.size()];
        List<QuadCvReport.Fold> perFold = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            List<FeaturedExample> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < data.size(); i++) {
                if (folds.of(data.get(i).text()) == f) test.add(i);
                else train.add(featured.get(i));
            }
            QuadModel model = trainer.train(train);
            QuadScore trainScore = score(model, train);
            int[] gold = new int[test.size()], pred = new int[test.size()], rules = new int[test.size()];
            for (int j = 0; j < test.size(); j++) {
                int i = test.get(j);
                heldOut[i] = model.predict(featured.get(i).features());
                gold[j] = data.get(i).quad();
                pred[j] = heldOut[i].quad();
                rules[j] = RuleQuad.of(data.get(i).ruleEvents());
            }
            perFold.add(new QuadCvReport.Fold(f, train.size(), test.size(), trainScore, QuadScore.of(gold, pred), QuadScore.of(gold, rules)));
        }
        return new QuadCvReport(k, data, List.of(heldOut), perFold);
    }

    private static QuadScore score(QuadModel model, List<FeaturedExample> examples) {
        int[] gold = new int[examples.size()], pred = new int[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            gold[i] = examples.get(i).quad();
            pred[i] = model.predict(examples.get(i).features()).quad();
        }
        return QuadScore.of(gold, pred);
    }
}
