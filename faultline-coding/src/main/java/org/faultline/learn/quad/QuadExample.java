package org.faultline.learn.quad;

/**
 * One labelled sentence of a quad training file.
 *
 * @param text  the sentence
 * @param quad  0 neutral, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 */
public record QuadExample(String text, int quad) {
    public QuadExample {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("quad example text must not be blank");
        if (quad < 0 || quad >= QuadModel.CLASSES) throw new IllegalArgumentException("quad must be 0..4, was " + quad + " for '" + text + "'");
    }
}
