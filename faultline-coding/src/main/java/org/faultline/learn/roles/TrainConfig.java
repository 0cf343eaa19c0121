package org.faultline.learn.roles;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code faultline train roles} and {@code faultline eval --folds} read: which data (relative to
 * the shared data directory), how many folds, the seed and the hyper-parameters. Loaded from
 * {@code role-train.yaml} beside the model; every value is checked here.
 *
 * @param data            the token-per-line role file, relative to the shared directory
 * @param seed            seed of the SGD shuffling and of the fold split
 * @param folds           folds for cross-validation (&ge; 2)
 * @param epochs          passes over the training data
 * @param learningRate    AdaGrad initial learning rate
 * @param epsilon         AdaGrad epsilon
 * @param minCount        features seen fewer times in training are dropped (keeps the model small)
 * @param sourceThreshold probability of SOURCE from which the best candidate is reported
 * @param targetThreshold probability of TARGET from which the best other candidate is reported
 */
public record TrainConfig(String data, long seed, int folds, int epochs, double learningRate, double epsilon,
                          int minCount, double sourceThreshold, double targetThreshold) {
    public static final String RESOURCE = "/org/faultline/learn/roles/role-train.yaml";

    public TrainConfig {
        if (data == null || data.isBlank()) throw new IllegalArgumentException(RESOURCE + ": 'data' must name the role file");
        if (folds < 2) throw new IllegalArgumentException(RESOURCE + ": 'folds' must be at least 2, was " + folds);
        if (epochs < 1) throw new IllegalArgumentException(RESOURCE + ": 'epochs' must be at least 1, was " + epochs);
        if (learningRate <= 0 || epsilon <= 0) throw new IllegalArgumentException(RESOURCE + ": 'learningRate' and 'epsilon' must be positive");
        if (minCount < 1) throw new IllegalArgumentException(RESOURCE + ": 'minCount' must be at least 1, was " + minCount);
        if (sourceThreshold < 0 || sourceThreshold > 1 || targetThreshold < 0 || targetThreshold > 1)
            throw new IllegalArgumentException(RESOURCE + ": thresholds must be within 0..1");
    }

    /** The configuration shipped beside the model. */
    public static TrainConfig bundled() {
        try (InputStream in = TrainConfig.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " missing from the classpath");
            return new ObjectMapper(new YAMLFactory()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(in, TrainConfig.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** The same configuration with another number of folds. */
    public TrainConfig withFolds(int k) {
        return new TrainConfig(data, seed, k, epochs, learningRate, epsilon, minCount, sourceThreshold, targetThreshold);
    }

    /** The hyper-parameters as a map, for the provenance record. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seed", seed);
        m.put("folds", folds);
        m.put("epochs", epochs);
        m.put("learningRate", learningRate);
        m.put("epsilon", epsilon);
        m.put("minCount", minCount);
        m.put("sourceThreshold", sourceThreshold);
        m.put("targetThreshold", targetThreshold);
        return m;
    }
}
