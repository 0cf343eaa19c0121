package org.faultline.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Bag-of-words overlap between two texts: precision, recall and F1 of tokens (letters/digits, lowercased). */
record TokenOverlap(double precision, double recall, double f1) {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

    static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) bag.merge(m.group(), 1, Integer::sum);
        return bag;
    }

    /** Overlap of 4-token shingles (word order matters), the measure used by published extraction benchmarks. */
    static TokenOverlap shingles(String candidate, String reference) {
        return compare(shingleBag(candidate, 4), shingleBag(reference, 4));
    }

    static Map<String, Integer> shingleBag(String text, int k) {
        java.util.List<String> tokens = new java.util.ArrayList<>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) tokens.add(m.group());
        Map<String, Integer> bag = new HashMap<>();
        for (int i = 0; i + k <= tokens.size(); i++) bag.merge(String.join(" ", tokens.subList(i, i + k)), 1, Integer::sum);
        return bag;
    }

    static TokenOverlap of(String candidate, String reference) {
        return compare(bag(candidate), bag(reference));
    }

    private static TokenOverlap compare(Map<String, Integer> c, Map<String, Integer> r) {
        int common = 0;
        for (Map.Entry<String, Integer> e : c.entrySet()) common += Math.min(e.getValue(), r.getOrDefault(e.getKey(), 0));
        int cn = c.values().stream().mapToInt(Integer::intValue).sum();
        int rn = r.values().stream().mapToInt(Integer::intValue).sum();
        double p = cn == 0 ? (rn == 0 ? 1 : 0) : (double) common / cn;
        double rec = rn == 0 ? (cn == 0 ? 1 : 0) : (double) common / rn;
        double f = p + rec == 0 ? 0 : 2 * p * rec / (p + rec);
        return new TokenOverlap(p, rec, f);
    }
}
