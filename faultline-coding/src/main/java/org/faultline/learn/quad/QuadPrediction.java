package org.faultline.learn.quad;

import java.util.Arrays;

/**
 * The quad model's answer for one sentence: a probability per class, 0 neutral .. 4 material conflict.
 */
public record QuadPrediction(double[] probabilities) {
    public QuadPrediction {
        if (probabilities == null || probabilities.length != QuadModel.CLASSES)
            throw new IllegalArgumentException("need " + QuadModel.CLASSES + " class probabilities");
        probabilities = probabilities.clone();
    }

    /** The most probable class (the lower class on a tie). */
    public int quad() {
        int best = 0;
        for (int c = 1; c < probabilities.length; c++) if (probabilities[c] > probabilities[best]) best = c;
        return best;
    }

    public double probability(int quad) { return probabilities[quad]; }

    @Override
    public double[] probabilities() { return probabilities.clone(); }

    @Override
    public String toString() { return "QuadPrediction" + Arrays.toString(probabilities); }
}
