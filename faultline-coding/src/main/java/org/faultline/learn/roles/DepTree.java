package org.faultline.learn.roles;

import java.util.ArrayList;
import java.util.List;
import org.faultline.nlp.Dependency;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;

/**
 * A sentence's dependency parse as arrays (head and relation of every token, children lists), built
 * once per sentence so feature extraction walks paths without searching the arc list.
 */
public final class DepTree {
    private final Sentence sentence;
    private final int[] head;
    private final String[] rel;
    private final List<List<Integer>> children;
    private final int root;

    public DepTree(Sentence sentence) {
        if (sentence == null) throw new IllegalArgumentException("sentence must not be null");
        this.sentence = sentence;
        int n = sentence.tokens().size();
        head = new int[n];
        rel = new String[n];
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) { head[i] = -1; rel[i] = "root"; children.add(new ArrayList<>()); }
        int r = -1;
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() >= n || d.governor() >= n) continue;
            head[d.dependent()] = d.governor();
            rel[d.dependent()] = d.relation();
            if (d.governor() >= 0) children.get(d.governor()).add(d.dependent());
            else if (r < 0) r = d.dependent();
        }
        root = r < 0 ? 0 : r;
    }

    public Sentence sentence() { return sentence; }
    public int size() { return head.length; }
    public Token token(int i) { return sentence.tokens().get(i); }
    public int head(int i) { return head[i]; }
    public String rel(int i) { return rel[i]; }
    public List<Integer> children(int i) { return children.get(i); }
    /** The root of the parse: the main predicate of a sentence. */
    public int root() { return root; }

    /** Relation without subtype ("obl:agent" gives "obl"). */
    public String baseRel(int i) {
        int c = rel[i].indexOf(':');
        return c < 0 ? rel[i] : rel[i].substring(0, c);
    }

    /** The lower-cased lemma of the first {@code case} child ("by", "against"), or null. */
    public String caseMarker(int i) {
        for (int c : children.get(i)) if (rel[c].equals("case")) return token(c).lemma().toLowerCase(java.util.Locale.ROOT);
        return null;
    }

    /** True when the verb has a passive subject or passive auxiliary. */
    public boolean passive(int v) {
        for (int c : children.get(v)) if (rel[c].equals("nsubj:pass") || rel[c].equals("aux:pass")) return true;
        return false;
    }

    /** Tokens from {@code i} up to the root, {@code i} first; stops on a cycle. */
    public List<Integer> ancestors(int i) {
        List<Integer> out = new ArrayList<>();
        for (int k = i; k >= 0 && out.size() <= head.length; k = head[k]) out.add(k);
        return out;
    }
}
