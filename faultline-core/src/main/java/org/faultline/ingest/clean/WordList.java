package org.faultline.ingest.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A set of known lowercase English words, used to decide end-of-line hyphenation. The bundled list
 * ({@code org/faultline/ingest/english-words.txt}, ~64k words from SCOWL) is loaded by {@link #english()};
 * callers load it once and pass it around.
 */
public final class WordList {
    private static final String RESOURCE = "/org/faultline/ingest/english-words.txt";
    private final Set<String> words;

    public WordList(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    /** Loads the bundled English list. */
    public static WordList english() {
        try (InputStream in = WordList.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            Set<String> words = new HashSet<>(80_000);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) words.add(line.strip());
            }
            return new WordList(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** True when the word, lowercased, is known, directly or as a regular inflection of a known word. */
    public boolean contains(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.isEmpty()) return false;
        if (words.contains(w)) return true;
        for (String suffix : new String[]{"s", "es", "ed", "d", "ing", "ly", "er", "ers"}) {
            if (w.length() > suffix.length() + 2 && w.endsWith(suffix)) {
                String stem = w.substring(0, w.length() - suffix.length());
                if (words.contains(stem) || words.contains(stem + "e")) return true;
            }
        }
        return false;
    }

    public int size() {
        return words.size();
    }
}
