package org.faultline.events.eval;

/** True positives, false positives and false negatives, with precision, recall and F1. */
public record Score(int tp, int fp, int fn) {
    public Score {
        if (tp < 0 || fp < 0 || fn < 0) throw new IllegalArgumentException("counts must be >= 0: " + tp + "/" + fp + "/" + fn);
    }

    public double precision() { return tp + fp == 0 ? 0 : (double) tp / (tp + fp); }
    public double recall() { return tp + fn == 0 ? 0 : (double) tp / (tp + fn); }
    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Score plus(int tp2, int fp2, int fn2) { return new Score(tp + tp2, fp + fp2, fn + fn2); }

    @Override public String toString() {
        return String.format(java.util.Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)", precision(), recall(), f1(), tp, fp, fn);
    }
}
