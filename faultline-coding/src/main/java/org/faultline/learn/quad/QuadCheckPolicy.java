package org.faultline.learn.quad;

/**
 * How the quad model overrules the rules.
 *
 * @param dropNeutralAt       drop a sentence's rule events when the model gives "neutral" at least this probability
 *                            (above 1 never drops)
 * @param disagreementFactor  multiply an event's confidence by this when the model's (non-neutral) quad differs from its quad
 */
public record QuadCheckPolicy(double dropNeutralAt, double disagreementFactor) {
    public QuadCheckPolicy {
        if (!(dropNeutralAt > 0)) throw new IllegalArgumentException("dropNeutralAt must be > 0, was " + dropNeutralAt);
        if (disagreementFactor < 0 || disagreementFactor > 1) throw new IllegalArgumentException("disagreementFactor must be in 0..1, was " + disagreementFactor);
    }

    /** The shipped policy, chosen on held-out folds of the class file (see quad-model.json). */
    public static QuadCheckPolicy defaults() {
        return new QuadCheckPolicy(0.5, 0.7);
    }
}
