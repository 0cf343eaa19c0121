package org.faultline.learn.quad;

import java.util.Map;
import java.util.TreeMap;

/**
 * A sentence turned into model input: its text (the fold key: duplicates of one sentence always
 * share a fold), its gold quad (0..4) and its features.
 */
public record FeaturedExample(String text, int quad, Map<String, Double> features) {
    public FeaturedExample {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("featured example needs its text");
        if (quad < 0 || quad >= QuadModel.CLASSES) throw new IllegalArgumentException("quad must be 0..4, was " + quad);
        features = java.util.Collections.unmodifiableMap(new TreeMap<>(features));
    }
}
