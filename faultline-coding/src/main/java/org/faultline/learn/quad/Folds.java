package org.faultline.learn.quad;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * K-fold assignment by sentence text: every copy of one sentence lands in the same fold (the class
 * file repeats sentences; a copy in the training folds would otherwise leak the held-out label).
 * Distinct texts are sorted, shuffled with the seed and dealt round-robin, so the folds depend only
 * on the texts, K and the seed.
 */
public final class Folds {
    private final int k;
    private final Map<String, Integer> foldOf = new HashMap<>();

    public Folds(List<String> texts, int k, long seed) {
        if (k < 2) throw new IllegalArgumentException("--folds must be at least 2, was " + k);
        List<String> distinct = new ArrayList<>(new TreeSet<>(texts));
        if (distinct.size() < k) throw new IllegalArgumentException("cannot make " + k + " folds of " + distinct.size() + " distinct sentences");
        Collections.shuffle(distinct, new Random(seed));
        for (int i = 0; i < distinct.size(); i++) foldOf.put(distinct.get(i), i % k);
        this.k = k;
    }

    public int k() { return k; }

    /** The fold (0..k-1) of a sentence text given to the constructor. */
    public int of(String text) {
        Integer f = foldOf.get(text);
        if (f == null) throw new IllegalArgumentException("sentence not among the folded texts: '" + text + "'");
        return f;
    }
}
