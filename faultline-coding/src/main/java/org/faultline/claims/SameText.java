package org.faultline.claims;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether two sentences are one report: the same text once case, punctuation and spacing are set
 * aside, or near-duplicates (wire copy lightly edited: at least {@value #NEAR} of their words shared,
 * Jaccard over word sets). Two outlets printing one sentence are one source, never two accounts.
 */
public final class SameText {
    static final double NEAR = 0.8;

    private SameText() {}

    /** The text reduced to lower-case words separated by single spaces ("" for null). */
    public static String key(String text) {
        if (text == null) return "";
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** True when the two (already {@link #key keyed}) texts are the same report. */
    public static boolean same(String keyA, String keyB) {
        if (keyA.isEmpty() || keyB.isEmpty()) return false;
        if (keyA.equals(keyB)) return true;
        Set<String> a = new HashSet<>(java.util.List.of(keyA.split(" "))), b = new HashSet<>(java.util.List.of(keyB.split(" ")));
        if (Math.min(a.size(), b.size()) < 5) return false; // short sentences share most words by chance
        int shared = 0;
        for (String w : a) if (b.contains(w)) shared++;
        return shared >= NEAR * (a.size() + b.size() - shared);
    }
}
