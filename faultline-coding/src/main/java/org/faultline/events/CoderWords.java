package org.faultline.events;

import java.io.BufferedReader;
import org.faultline.io.BundledResource;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the coding rules read ({@code coder-words.tsv}, documented at its top): light verbs,
 * stative participles, symmetric event types, statement nouns, caption and credit words, history
 * nouns. Every line is checked at load; an unknown list or a bad item fails with file:line. Immutable.
 */
final class CoderWords {
    static final String BUNDLED = "/org/faultline/events/coder-words.tsv";
    static final Set<String> LISTS = Set.of("light", "stative", "symmetric", "statement", "caption", "credit", "history",
            "unaimed", "local", "placed", "inward", "domestic", "authority", "organ", "victim", "position", "works", "crowd", "stoppage", "ruling", "unofficial", "settlement", "feeling", "venue");
    /** Lists whose items are a PLOVER type or "cameo:" and a code prefix. */
    private static final Set<String> TYPE_LISTS = Set.of("venue", "unaimed", "local", "placed", "inward", "domestic", "authority", "victim");
    private static final CoderWords INSTANCE = load();

    private final Map<String, Set<String>> lists;

    private CoderWords(Map<String, Set<String>> lists) {
        Map<String, Set<String>> copy = new HashMap<>();
        for (String l : LISTS) copy.put(l, Set.copyOf(lists.getOrDefault(l, Set.of())));
        this.lists = Map.copyOf(copy);
    }

    /** The bundled lists, read once: they are constants of the coder like its pattern file. */
    static CoderWords bundled() { return INSTANCE; }

    private static CoderWords load() {
        return BundledResource.read(CoderWords.class, BUNDLED,
                in -> read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), "coder-words.tsv"));
    }

    static CoderWords read(BufferedReader in, String name) throws IOException {
        Map<String, Set<String>> lists = new HashMap<>();
        String line;
        int no = 0;
        while ((line = in.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (f.length != 2 || f[1].isBlank())
                throw new IllegalArgumentException(name + ":" + no + ": expected 'list<TAB>item', got '" + line + "'");
            String list = f[0].strip();
            if (!LISTS.contains(list)) throw new IllegalArgumentException(name + ":" + no + ": unknown list '" + list + "', expected one of " + LISTS);
            String item = f[1].strip();
            if (list.equals("symmetric")) checkSymmetric(item, name + ":" + no);
            else if (TYPE_LISTS.contains(list)) checkTypeOrCode(item, name + ":" + no);
            else item = item.toLowerCase(Locale.ROOT);
            if (!lists.computeIfAbsent(list, k -> new LinkedHashSet<>()).add(item))
                throw new IllegalArgumentException(name + ":" + no + ": '" + item + "' is listed twice in '" + list + "'");
        }
        return new CoderWords(lists);
    }

    private static void checkSymmetric(String item, String where) {
        String[] p = item.split(" ");
        if (!PloverType.isKnown(p[0])) throw new IllegalArgumentException(where + ": symmetric: unknown PLOVER type '" + p[0] + "'");
        if (p.length > 2 || p.length == 2 && !p[1].equals("nominal") && !p[1].matches("\\d{2,4}"))
            throw new IllegalArgumentException(where + ": symmetric: expected TYPE, 'TYPE nominal' or 'TYPE cameo-prefix', got '" + item + "'");
    }

    private static void checkTypeOrCode(String item, String where) {
        if (item.startsWith("cameo:") ? !item.substring(6).matches("\\d{2,4}") : !PloverType.isKnown(item))
            throw new IllegalArgumentException(where + ": expected a PLOVER type or 'cameo:' and a 2-4 digit prefix, got '" + item + "'");
    }

    /** Whether a list of types and CAMEO prefixes holds this event's type or a prefix of its code. */
    boolean covers(String list, String type, String cameo) {
        for (String item : list(list)) {
            if (item.startsWith("cameo:") ? cameo != null && cameo.startsWith(item.substring(6)) : item.equals(type)) return true;
        }
        return false;
    }

    Set<String> list(String name) {
        Set<String> l = lists.get(name);
        if (l == null) throw new IllegalArgumentException("unknown word list '" + name + "', expected one of " + LISTS);
        return l;
    }

    /** Whether a trigger of this type and CAMEO code (nominal or verbal) is an act two parties do to each other. */
    boolean symmetric(String type, String cameo, boolean nominal) {
        for (String item : lists.get("symmetric")) {
            String[] p = item.split(" ");
            if (!p[0].equals(type)) continue;
            if (p.length == 1) return true;
            if (p[1].equals("nominal") ? nominal : cameo != null && cameo.startsWith(p[1])) return true;
        }
        return false;
    }

    /** Items of a list, for tests that walk the tables. */
    List<String> items(String name) { return List.copyOf(list(name)); }
}
