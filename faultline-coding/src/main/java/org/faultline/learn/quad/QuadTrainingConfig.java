package org.faultline.learn.quad;

/**
 * Hyper-parameters of a quad training run; with the same data they fix the model byte for byte.
 *
 * @param seed          random seed of Tribuo's example shuffling and of the fold assignment
 * @param epochs        passes of stochastic gradient descent over the training data
 * @param learningRate  AdaGrad's initial learning rate
 * @param minibatch     examples per gradient step
 * @param minCount      a feature is used only when it occurs in at least this many training sentences
 */
public record QuadTrainingConfig(long seed, int epochs, double learningRate, int minibatch, int minCount) {
    public QuadTrainingConfig {
        if (epochs < 1) throw new IllegalArgumentException("epochs must be >= 1, was " + epochs);
        if (!(learningRate > 0)) throw new IllegalArgumentException("learning rate must be > 0, was " + learningRate);
        if (minibatch < 1) throw new IllegalArgumentException("minibatch must be >= 1, was " + minibatch);
        if (minCount < 1) throw new IllegalArgumentException("minCount must be >= 1, was " + minCount);
    }

    /** The configuration the shipped model was trained with. */
    public static QuadTrainingConfig defaults() {
        return new QuadTrainingConfig(20261205L, 10, 0.1, 1, 2);
    }
}
