package org.faultline.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie of normalised multi-word phrases, each carrying values. {@link #scan} finds the longest
 * dictionary phrases in a word sequence, left to right, without overlaps.
 *
 * @param <T> the value type
 */
final class PhraseIndex<T> {
    private final Node<T> root = new Node<>();
    private final java.util.Set<String> keys = new java.util.HashSet<>();
    private int size;

    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>();
        final List<Entry<T>> entries = new ArrayList<>();
    }

    private record Entry<T>(List<String> written, T value) {}

    /** One phrase found in a word sequence: words {@code [start, end)} and the values it carries. */
    record Match<T>(int start, int end, List<T> values) {
        boolean covers(int index) { return index >= start && index < end; }
    }

    /** Adds {@code phrase} (as written in the dictionary) with {@code value}; blank phrases are ignored. */
    void add(String phrase, T value) {
        List<String> written = new ArrayList<>();
        StringBuilder key = new StringBuilder();
        Node<T> node = root;
        for (String w : Words.tokenize(phrase)) {
            String n = Words.norm(w);
            if (n.isEmpty() || w.equals(",")) continue;
            written.add(w);
            if (key.length() > 0) key.append(' ');
            key.append(n);
            node = node.next.computeIfAbsent(n, k -> new Node<>());
        }
        if (node == root) return;
        node.entries.add(new Entry<>(List.copyOf(written), value));
        keys.add(key.toString());
        size++;
    }

    int size() { return size; }

    /** The lookup key of a phrase: its normalised words joined by spaces, as the trie stores them. */
    static String key(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : Words.tokenize(phrase)) {
            String n = Words.norm(w);
            if (!n.isEmpty() && !w.equals(",")) out.add(n);
        }
        return String.join(" ", out);
    }

    /** Keys of all phrases added so far (see {@link #key}). */
    java.util.Set<String> keys() { return java.util.Collections.unmodifiableSet(keys); }

    /** Longest-first, left-to-right, non-overlapping matches in {@code words}. */
    List<Match<T>> scan(List<String> words) {
        List<String> norms = words.stream().map(Words::norm).toList();
        List<Match<T>> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Match<T> m = longestAt(words, norms, i);
            if (m == null) {
                i++;
            } else {
                out.add(m);
                i = m.end();
            }
        }
        return out;
    }

    /** The value lists of the exact phrase, respecting word shapes. */
    List<T> exact(List<String> words) {
        List<String> norms = words.stream().map(Words::norm).toList();
        Match<T> m = longestAt(words, norms, 0);
        return m != null && m.end() == words.size() ? m.values() : List.of();
    }

    private Match<T> longestAt(List<String> words, List<String> norms, int start) {
        Node<T> node = root;
        Match<T> best = null;
        for (int k = start; k < words.size(); k++) {
            String n = norms.get(k);
            if (n.isEmpty()) break;
            node = node.next.get(n);
            if (node == null) break;
            List<T> values = new ArrayList<>();
            for (Entry<T> e : node.entries) if (shapesFit(e.written(), words, start)) values.add(e.value());
            if (!values.isEmpty()) best = new Match<>(start, k + 1, values);
        }
        return best;
    }

    private static boolean shapesFit(List<String> written, List<String> words, int start) {
        for (int j = 0; j < written.size(); j++)
            if (!Words.shapeAllows(written.get(j), words.get(start + j))) return false;
        return true;
    }
}
