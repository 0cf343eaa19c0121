package org.faultline.claims;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.faultline.nlp.Dependency;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;

/** Read-only navigation of one sentence's dependency graph: tree head, outgoing arcs, subtrees. */
final class Parse {
    final Sentence sentence;
    private final Dependency[] head;
    private final List<List<Dependency>> out;

    Parse(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        head = new Dependency[n];
        out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(new ArrayList<>(3));
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() >= n || d.governor() >= n) continue;
            if (head[d.dependent()] == null) head[d.dependent()] = d; // the tree arc comes first
            if (d.governor() >= 0) out.get(d.governor()).add(d);
        }
    }

    int size() { return head.length; }
    Token token(int i) { return sentence.tokens().get(i); }
    String lemma(int i) { return token(i).lemma().toLowerCase(Locale.ROOT); }
    String lower(int i) { return token(i).word().toLowerCase(Locale.ROOT); }
    int gov(int i) { return head[i] == null ? -1 : head[i].governor(); }
    String rel(int i) { return head[i] == null ? "root" : head[i].relation(); }
    String baseRel(int i) { return head[i] == null ? "root" : head[i].baseRelation(); }
    List<Dependency> arcs(int i) { return out.get(i); }

    /** First dependent of i whose relation is one of the given ones (or a subtype of one), else -1. */
    int child(int i, String... relations) {
        for (Dependency d : out.get(i)) if (matches(d.relation(), relations)) return d.dependent();
        return -1;
    }

    List<Integer> children(int i, String... relations) {
        List<Integer> res = new ArrayList<>();
        for (Dependency d : out.get(i)) if (matches(d.relation(), relations) && !res.contains(d.dependent())) res.add(d.dependent());
        return res;
    }

    static boolean matches(String relation, String... relations) {
        for (String r : relations) if (relation.equals(r) || relation.startsWith(r + ":")) return true;
        return false;
    }

    /** Tokens of the tree under i (tree arcs only, so enhanced extra arcs do not leak). */
    BitSet subtree(int i) {
        BitSet set = new BitSet();
        collect(i, set, 0);
        return set;
    }

    private void collect(int i, BitSet set, int depth) {
        if (set.get(i) || depth > 60) return;
        set.set(i);
        for (Dependency d : out.get(i))
            if (head[d.dependent()] == d) collect(d.dependent(), set, depth + 1);
    }

    /** True if a is i or governs i through tree arcs. */
    boolean dominates(int a, int i) {
        for (int k = i, step = 0; k >= 0 && step < 60; k = gov(k), step++) if (k == a) return true;
        return false;
    }

    /** The text between the first and last token (inclusive) as written in the sentence. */
    String text(int first, int last) {
        if (first > last) return "";
        int b = token(first).beginChar() - sentence.beginChar();
        int e = token(last).endChar() - sentence.beginChar();
        String t = sentence.text();
        if (b < 0 || e > t.length() || b >= e) {
            StringBuilder sb = new StringBuilder();
            for (int k = first; k <= last; k++) sb.append(k > first ? " " : "").append(token(k).word());
            return sb.toString();
        }
        return t.substring(b, e);
    }
}
