package org.faultline.events.patterns;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * All event patterns and cue words, indexed by lemma and part of speech. Built from the bundled
 * {@code patterns.tsv} plus any number of user files in the same format; user patterns are read
 * later and win ties. Immutable once built; share one instance between threads.
 */
public final class PatternBook {
    static final String BUNDLED = "/org/faultline/events/patterns.tsv";

    private final Map<String, List<Pattern>> byKey;
    private final int size;

    /** @param files the patterns of each file, in the order the files are read */
    private PatternBook(List<List<Pattern>> files) {
        Map<String, List<Pattern>> index = new HashMap<>();
        int n = 0;
        for (int f = files.size() - 1; f >= 0; f--) { // later files first, so they win ties; within a file, earlier lines first
            for (Pattern p : files.get(f)) index.computeIfAbsent(key(p.lemma(), p.pos()), k -> new ArrayList<>()).add(p);
            n += files.get(f).size();
        }
        // most specific first; the stable sort keeps that order among equals
        for (List<Pattern> list : index.values()) list.sort(Comparator.comparingInt(Pattern::specificity).reversed());
        index.replaceAll((k, v) -> List.copyOf(v));
        this.byKey = Map.copyOf(index);
        this.size = n;
    }

    /** The bundled patterns only. */
    public static PatternBook bundled() { return load(List.of()); }

    /** The bundled patterns followed by the user's files, in order. */
    public static PatternBook load(List<Path> userFiles) {
        if (userFiles == null) throw new IllegalArgumentException("userFiles must not be null (use List.of())");
        List<List<Pattern>> all = new ArrayList<>();
        try (InputStream in = PatternBook.class.getResourceAsStream(BUNDLED)) {
            if (in == null) throw new IllegalStateException("bundled pattern file " + BUNDLED + " missing from the classpath");
            all.add(PatternFileReader.read(new InputStreamReader(in, StandardCharsets.UTF_8), "patterns.tsv"));
            for (Path p : userFiles) {
                if (!Files.isRegularFile(p)) throw new IllegalArgumentException("pattern file " + p + " does not exist or is not a file");
                try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                    all.add(PatternFileReader.read(r, p.toString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read pattern files: " + e.getMessage(), e);
        }
        return new PatternBook(all);
    }

    /** Patterns for a lemma used as the given part of speech, most specific first; empty if none. */
    public List<Pattern> patterns(String lemma, char pos) {
        if (lemma == null) return List.of();
        return byKey.getOrDefault(key(lemma.toLowerCase(Locale.ROOT), pos), List.of());
    }

    /** True when some pattern (event or cue) uses this lemma with any part of speech. */
    public boolean knows(String lemma) {
        for (char pos : new char[] {'V', 'N', 'A', 'X'}) if (!patterns(lemma, pos).isEmpty()) return true;
        return false;
    }

    public int size() { return size; }

    /** Every pattern, in no particular order (for checks that walk the whole book). */
    public List<Pattern> all() {
        List<Pattern> out = new ArrayList<>(size);
        for (List<Pattern> l : byKey.values()) out.addAll(l);
        return out;
    }

    private static String key(String lemma, char pos) { return pos + ":" + lemma; }
}
