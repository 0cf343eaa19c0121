package org.faultline.learn.roles;

import java.util.List;

/**
 * Precision, recall and F1 of predicted spans against gold spans. Precision counts predicted spans
 * that match some gold span, recall gold spans some prediction matches; "overlap" matches share a
 * token, "exact" matches have the same ends.
 *
 * @param predicted       predicted spans
 * @param predictedHit    predicted spans matching a gold span
 * @param gold            gold spans (those the parse cannot reach included)
 * @param goldHit         gold spans matched by a prediction
 */
public record SpanScore(int predicted, int predictedHit, int gold, int goldHit) {
    public static final SpanScore ZERO = new SpanScore(0, 0, 0, 0);

    /** Scores one sentence's predictions; {@code lost} gold spans count as missed. */
    public static SpanScore of(List<GoldSpan> predictions, List<GoldSpan> goldSpans, int lost, boolean exact) {
        int ph = 0, gh = 0;
        for (GoldSpan p : predictions) if (goldSpans.stream().anyMatch(g -> exact ? g.sameExtent(p) : g.overlaps(p))) ph++;
        for (GoldSpan g : goldSpans) if (predictions.stream().anyMatch(p -> exact ? g.sameExtent(p) : g.overlaps(p))) gh++;
        return new SpanScore(predictions.size(), ph, goldSpans.size() + lost, gh);
    }

    public SpanScore plus(SpanScore o) {
        return new SpanScore(predicted + o.predicted, predictedHit + o.predictedHit, gold + o.gold, goldHit + o.goldHit);
    }

    public double precision() { return predicted == 0 ? 0 : (double) predictedHit / predicted; }
    public double recall() { return gold == 0 ? 0 : (double) goldHit / gold; }
    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public String format() {
        return String.format(java.util.Locale.ROOT, "P %.3f R %.3f F1 %.3f (%d/%d predicted, %d/%d gold)",
                precision(), recall(), f1(), predictedHit, predicted, goldHit, gold);
    }
}
