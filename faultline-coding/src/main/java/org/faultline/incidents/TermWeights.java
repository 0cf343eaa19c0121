package org.faultline.incidents;

import java.io.BufferedReader;
import org.faultline.io.BundledResource;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Fixed weights of content words for lexical comparison, read from {@code term-weights.tsv}
 * (documented at its top): generic news words weigh less, every other word 1. Fixed data rather
 * than corpus statistics (TF-IDF) so that a mention's terms depend only on its own text, never on
 * which other articles are linked with it: incremental and full linking then agree.
 * Immutable; thread-safe.
 */
public final class TermWeights {
    private final Map<String, Double> weights;

    private TermWeights(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
    }

    /** The bundled table. */
    public static TermWeights bundled() {
        return BundledResource.read(TermWeights.class, "term-weights.tsv", in -> read(in, "term-weights.tsv"));
    }

    /** Every word weighs 1. */
    public static TermWeights uniform() {
        return new TermWeights(Map.of());
    }

    /** Reads a table in the bundled format; {@code source} names it in error messages. */
    public static TermWeights read(InputStream in, String source) throws IOException {
        Map<String, Double> w = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) continue;
            String[] f = t.split("\\s+");
            if (f.length != 2) throw new IllegalArgumentException(source + ":" + n + ": expected 2 fields (word weight), got " + f.length);
            double v;
            try {
                v = Double.parseDouble(f[1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(source + ":" + n + ": weight must be a number, was '" + f[1] + "'");
            }
            if (!(v > 0 && v <= 1)) throw new IllegalArgumentException(source + ":" + n + ": weight must be in (0, 1], was " + v);
            w.put(Terms.stem(f[0].toLowerCase(Locale.ROOT)), v);
        }
        return new TermWeights(w);
    }

    /** The weight of a term as {@link Terms#of} gives it. */
    public double of(String term) {
        return weights.getOrDefault(term, 1.0);
    }
}
