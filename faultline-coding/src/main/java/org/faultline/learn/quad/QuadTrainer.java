package org.faultline.learn.quad;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import com.oracle.labs.mlrg.olcut.util.Pair;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains the quad model: Tribuo's linear SGD trainer with the multinomial logistic loss and
 * AdaGrad, over the features of {@link QuadFeatures}, then exports the weights into a
 * {@link QuadModel}. Deterministic: the same examples and {@link QuadTrainingConfig} give the same
 * model (Tribuo shuffles with the config's seed and trains on one thread).
 */
public final class QuadTrainer {
    /**
     * Tribuo reports every training run at INFO through java.util.logging (two lines per fold on
     * the console); our own log says what is trained. Held in a field: j.u.l keeps loggers weakly.
     */
    private static final java.util.logging.Logger TRIBUO_SGD = quiet("org.tribuo.common.sgd");
    private final QuadTrainingConfig config;

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger l = java.util.logging.Logger.getLogger(name);
        l.setLevel(java.util.logging.Level.WARNING);
        return l;
    }

    public QuadTrainer(QuadTrainingConfig config) {
        if (config == null) throw new IllegalArgumentException("training config must not be null");
        this.config = config;
    }

    public QuadTrainingConfig config() { return config; }

    /** Trains on the examples (at least two classes needed) and returns the model as it will be written and reloaded. */
    public QuadModel train(List<FeaturedExample> examples) {
        if (examples == null || examples.isEmpty()) throw new IllegalArgumentException("no training examples");
        Map<String, Integer> counts = new HashMap<>();
        for (FeaturedExample e : examples) e.features().keySet().forEach(k -> counts.merge(k, 1, Integer::sum));
        LabelFactory labels = new LabelFactory();
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("quad training folds", labels), labels);
        for (FeaturedExample e : examples) {
            ArrayExample<Label> x = new ArrayExample<>(new Label(Integer.toString(e.quad())));
            e.features().forEach((k, v) -> {
                if (counts.get(k) >= config.minCount()) x.add(k, v);
            });
            if (x.size() == 0) x.add("rule=none", 0.0); // Tribuo refuses featureless examples; a zero value changes nothing
            data.add(x);
        }
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(config.learningRate(), 0.1),
                config.epochs(), -1, config.minibatch(), config.seed());
        LinearSGDModel model = trainer.train(data);
        return export(model);
    }

    /** Reads Tribuo's weights per class (its label names are "0".."4") into our file-able model. */
    private static QuadModel export(LinearSGDModel model) {
        Map<String, double[]> weights = new TreeMap<>();
        double[] bias = new double[QuadModel.CLASSES];
        for (Map.Entry<String, List<Pair<String, Double>>> e : model.getTopFeatures(-1).entrySet()) {
            int quad = Integer.parseInt(e.getKey());
            for (Pair<String, Double> p : e.getValue()) {
                if (p.getA().equals(Model_BIAS)) bias[quad] = p.getB();
                else weights.computeIfAbsent(p.getA(), k -> new double[QuadModel.CLASSES])[quad] = p.getB();
            }
        }
        weights.values().removeIf(QuadTrainer::negligible);
        return new QuadModel(weights, bias).rounded();
    }

    /** Tribuo's name for the bias "feature" in getTopFeatures. */
    private static final String Model_BIAS = org.tribuo.Model.BIAS_FEATURE;

    private static boolean negligible(double[] w) {
        for (double x : w) if (Math.abs(x) >= 0.00005) return false;
        return true;
    }
}
