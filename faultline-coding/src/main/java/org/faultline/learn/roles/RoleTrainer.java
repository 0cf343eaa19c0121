package org.faultline.learn.roles;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains a {@link RoleModel} with Tribuo's linear SGD trainer (log loss, AdaGrad, fixed seed) on
 * the phrase heads of aligned sentences, then copies the learned weights into the text model. Needs
 * a {@link TrainConfig} and the {@link RoleFeatures} the tagger will use; single-threaded and
 * deterministic: the same sentences and config give the same model.
 */
public final class RoleTrainer {
    private final TrainConfig config;
    private final RoleFeatures features;

    public RoleTrainer(TrainConfig config, RoleFeatures features) {
        if (config == null || features == null) throw new IllegalArgumentException("trainer needs a config and features");
        this.config = config;
        this.features = features;
    }

    public RoleModel train(List<AlignedSentence> sentences) {
        return toRoleModel(trainTribuo(RoleExamples.of(sentences, features)));
    }

    /** The Tribuo model itself (package-private: tests check that {@link RoleModel} scores as it does). */
    LinearSGDModel trainTribuo(List<RoleExamples.Example> examples) {
        if (examples.isEmpty()) throw new IllegalArgumentException("no training examples: are the sentences empty?");
        Map<String, Integer> counts = new HashMap<>();
        for (RoleExamples.Example e : examples) for (String f : e.features()) counts.merge(f, 1, Integer::sum);
        LabelFactory factory = new LabelFactory();
        List<ArrayExample<Label>> rows = new java.util.ArrayList<>(examples.size());
        for (RoleExamples.Example e : examples) {
            ArrayExample<Label> ex = new ArrayExample<>(new Label(e.label().name()));
            for (String f : e.features()) if (counts.get(f) >= config.minCount()) ex.add(f, 1.0);
            rows.add(ex);
        }
        ListDataSource<Label> source = new ListDataSource<>(List.copyOf(rows), factory,
                new SimpleDataSourceProvenance("role candidates from " + config.data(), factory));
        MutableDataset<Label> data = new MutableDataset<>(source);
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(config.learningRate(), config.epsilon()),
                config.epochs(), Integer.MAX_VALUE, 1, config.seed());
        return trainer.train(data);
    }

    /** Copies weights and bias out of the Tribuo model (rows are labels, the last column is the bias). */
    RoleModel toRoleModel(LinearSGDModel m) {
        DenseMatrix w = m.getWeightsCopy();
        var featureIds = m.getFeatureIDMap();
        var outputs = m.getOutputIDInfo();
        RoleLabel[] labels = RoleLabel.values();
        int[] row = new int[labels.length];
        for (int k = 0; k < labels.length; k++) {
            int id = outputs.getID(new Label(labels[k].name()));
            row[k] = id; // a label absent from training gets -1: its weights stay 0 and its bias very low
        }
        int biasCol = w.getDimension2Size() - 1;
        double[] bias = new double[labels.length];
        for (int k = 0; k < labels.length; k++) bias[k] = row[k] < 0 ? -30 : w.get(row[k], biasCol);
        Map<String, double[]> weights = new TreeMap<>();
        for (var info : featureIds) {
            int id = featureIds.getID(info.getName());
            double[] v = new double[labels.length];
            boolean any = false;
            for (int k = 0; k < labels.length; k++) {
                v[k] = row[k] < 0 ? 0 : w.get(row[k], id);
                if (Math.abs(v[k]) >= 1e-4) any = true;
            }
            if (any) weights.put(info.getName(), v);
        }
        return new RoleModel(weights, bias, config.sourceThreshold(), config.targetThreshold());
    }
}
