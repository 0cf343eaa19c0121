package org.faultline.commitments;

import java.io.BufferedReader;
import org.faultline.io.BundledResource;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.faultline.incidents.Terms;

/**
 * Cue phrases per {@link Role} and content synonyms, read from {@code commitment-cues.tsv}
 * (documented at its top). Gives the role of a trigger, the status cues of a sentence, and a
 * sentence's content terms with synonyms folded together.
 */
public final class CommitmentCues {
    private record Cue(Role role, String[] words) {}

    private final List<Cue> cues;
    private final Map<String, String> synonyms;
    private final Set<String> objects;
    private final List<String> orders;
    private final List<String[]> refs;
    private final List<String> appeals;

    private CommitmentCues(List<Cue> cues, Map<String, String> synonyms, Set<String> objects, List<String> orders,
                           List<String[]> refs, List<String> appeals) {
        this.cues = List.copyOf(cues);
        this.synonyms = Map.copyOf(synonyms);
        this.objects = Set.copyOf(objects);
        this.orders = List.copyOf(orders);
        this.refs = List.copyOf(refs);
        this.appeals = List.copyOf(appeals);
    }

    public static CommitmentCues bundled() {
        return BundledResource.read(CommitmentCues.class, "commitment-cues.tsv", in -> read(in, "commitment-cues.tsv"));
    }

    /** Reads a cue file in the bundled format; {@code source} names it in error messages. */
    public static CommitmentCues read(InputStream in, String source) throws IOException {
        List<Cue> cues = new ArrayList<>();
        Map<String, String> syn = new HashMap<>();
        Set<String> objects = new java.util.HashSet<>();
        List<String> orders = new ArrayList<>(), appeals = new ArrayList<>();
        List<String[]> refs = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) continue;
            String[] f = t.split("\\s+");
            if (f[0].equals("order") || f[0].equals("appeal") || f[0].equals("ref")) {
                if (f.length < 2) throw new IllegalArgumentException(source + ":" + n + ": expected '" + f[0] + " word...', got: " + t);
                if (f[0].equals("ref")) {
                    String[] words = new String[f.length - 1];
                    for (int i = 1; i < f.length; i++) words[i - 1] = f[i].toLowerCase(Locale.ROOT);
                    refs.add(words);
                } else {
                    for (int i = 1; i < f.length; i++) (f[0].equals("order") ? orders : appeals).add(f[i].toLowerCase(Locale.ROOT));
                }
                continue;
            }
            if (f[0].equals("obj")) {
                if (f.length < 2) throw new IllegalArgumentException(source + ":" + n + ": expected 'obj word...', got: " + t);
                for (int i = 1; i < f.length; i++) objects.add(Terms.stem(f[i].toLowerCase(Locale.ROOT)));
                continue;
            }
            if (f.length < 3) throw new IllegalArgumentException(source + ":" + n + ": expected 'cue ROLE phrase' or 'syn CANONICAL words', got: " + t);
            if (f[0].equals("cue")) {
                Role role;
                try {
                    role = Role.valueOf(f[1]);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(source + ":" + n + ": unknown role '" + f[1] + "' (one of " + java.util.Arrays.toString(Role.values()) + ")");
                }
                String[] words = new String[f.length - 2];
                for (int i = 2; i < f.length; i++) words[i - 2] = f[i].toLowerCase(Locale.ROOT);
                cues.add(new Cue(role, words));
            } else if (f[0].equals("syn")) {
                for (int i = 2; i < f.length; i++) syn.put(Terms.stem(f[i].toLowerCase(Locale.ROOT)), f[1]);
            } else {
                throw new IllegalArgumentException(source + ":" + n + ": line must start with 'cue', 'syn', 'obj', 'order', 'ref' or 'appeal', got '" + f[0] + "'");
            }
        }
        return new CommitmentCues(cues, syn, objects, orders, refs, appeals);
    }

    /** The role named by a trigger, among {@code allowed}, checking cues in file order. */
    public Optional<Role> roleOfTrigger(String trigger, Set<Role> allowed) {
        if (trigger == null) return Optional.empty();
        String[] words = words(trigger);
        for (Cue c : cues) if (allowed.contains(c.role()) && find(words, c.words()) >= 0) return Optional.of(c.role());
        return Optional.empty();
    }

    /** True when every word of the trigger is a cue word ("proposed", "agreed to"), so the content follows it. */
    public boolean onlyCues(String trigger) {
        if (trigger == null) return false;
        boolean any = false;
        for (String w : words(trigger)) {
            if (w.isEmpty() || w.equals("to") || w.equals("on") || w.equals("for") || w.equals("would") || w.equals("will")) continue;
            boolean cue = false;
            for (Cue c : cues) {
                String p = c.words()[0];
                if (p.endsWith("*") ? w.startsWith(p.substring(0, p.length() - 1)) : w.equals(p)) { cue = true; break; }
            }
            if (!cue) return false;
            any = true;
        }
        return any;
    }

    /** Roles among {@code allowed} whose cues occur in the text, each with the word index where it starts. */
    public Map<Role, Integer> rolesIn(String text, Set<Role> allowed) {
        Map<Role, Integer> out = new HashMap<>();
        String[] words = words(text);
        for (Cue c : cues) {
            if (!allowed.contains(c.role())) continue;
            int at = find(words, c.words());
            if (at >= 0) out.merge(c.role(), at, Math::min);
        }
        return out;
    }

    /** Content terms of a text, synonyms folded to their canonical term. */
    public Set<String> contentTerms(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : Terms.of(text)) out.add(synonyms.getOrDefault(t, t));
        return out;
    }

    /**
     * True when the text names a commitment object ("pact", "talks", "withdrawal", "corridor"... the
     * {@code obj} lines), directly or through a synonym: "act", "comply", "exercise restraint" do not.
     */
    public boolean namesObject(String text) {
        if (text == null) return false;
        for (String t : Terms.of(text)) {
            if (objects.contains(t)) return true;
            String canonical = synonyms.get(t);
            if (canonical != null && objects.contains(canonical)) return true;
        }
        return false;
    }

    /** True when a word of the trigger is an order verb ({@code order} lines: "ordered", "instructed"). */
    public boolean isOrder(String trigger) {
        if (trigger == null) return false;
        for (String w : words(trigger)) if (matchesAny(w, orders)) return true;
        return false;
    }

    /** True when the text points back to a commitment already reported ({@code ref} lines: "under the deal"). */
    public boolean refersBack(String text) {
        if (text == null) return false;
        String[] words = words(text);
        for (String[] r : refs) if (find(words, r) >= 0) return true;
        return false;
    }

    /**
     * True when an appeal word ({@code appeal} lines: "for", "demanded", "campaigned") stands within the three
     * words before the first occurrence of {@code trigger} in {@code text}: the act is hoped for, not reported done.
     */
    public boolean appealedFor(String text, String trigger) {
        if (text == null || trigger == null) return false;
        String[] words = words(text), trig = words(trigger);
        if (trig.length == 0) return false;
        int at = find(words, trig);
        if (at < 0) return false;
        for (int i = Math.max(0, at - 3); i < at; i++) if (matchesAny(words[i], appeals)) return true;
        return false;
    }

    private static boolean matchesAny(String w, List<String> patterns) {
        for (String p : patterns) if (p.endsWith("*") ? w.startsWith(p.substring(0, p.length() - 1)) : w.equals(p)) return true;
        return false;
    }

    static String[] words(String text) {
        return text.toLowerCase(Locale.ROOT).replace("’", "'").split("[^\\p{L}\\p{N}'-]+");
    }

    private static int find(String[] words, String[] phrase) {
        outer:
        for (int i = 0; i + phrase.length <= words.length; i++) {
            for (int j = 0; j < phrase.length; j++) {
                String p = phrase[j], w = words[i + j];
                boolean ok = p.endsWith("*") ? w.startsWith(p.substring(0, p.length() - 1)) : w.equals(p);
                if (!ok) continue outer;
            }
            return i;
        }
        return -1;
    }
}
