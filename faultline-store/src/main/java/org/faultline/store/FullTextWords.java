package org.faultline.store;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a user's filter words into a full-text query that treats them as plain words: FTS5's own
 * syntax (quotes, NEAR, column filters, *) in the input can neither fail the query nor change its
 * meaning.
 */
final class FullTextWords {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private FullTextWords() {}

    /** The letter-and-digit runs of the input, in order. */
    static List<String> words(String input) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(input == null ? "" : input);
        while (m.find() && out.size() < 32) out.add(m.group());
        return out;
    }

    /** An FTS5 query requiring every word; the caller handles input without any word. */
    static String fts5(String input) {
        List<String> words = words(input);
        if (words.isEmpty()) throw new IllegalArgumentException("no word to search for in '" + input + "'");
        StringBuilder b = new StringBuilder();
        for (String w : words) b.append(b.length() == 0 ? "" : " ").append('"').append(w).append('"');
        return b.toString();
    }
}
