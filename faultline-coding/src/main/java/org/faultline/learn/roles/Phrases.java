package org.faultline.learn.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The noun phrases a role can fall on: their heads (nouns, pronouns and any core argument of a
 * clause) and the token span each covers (the head with its determiners, modifiers, compounds and
 * possessor), which is what a predicted role reports.
 */
public final class Phrases {
    /** Relations that keep a word inside its head's phrase ("a car bomb", "the Croatian government's request"). */
    private static final Set<String> INSIDE = Set.of("det", "amod", "compound", "flat", "nmod:poss", "nummod", "det:poss",
            "compound:prt", "flat:name", "advmod", "det:predet");
    private static final Set<String> ARGUMENTS = Set.of("nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent", "nmod");

    private Phrases() {}

    /** Heads of the sentence's noun phrases, in token order. */
    public static List<Integer> heads(DepTree t) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            String pos = t.token(i).pos();
            boolean nominal = pos.startsWith("NN") || pos.equals("PRP") || (pos.equals("CD") && ARGUMENTS.contains(t.rel(i)));
            boolean argument = ARGUMENTS.contains(t.rel(i)) && !t.token(i).isVerb() && !pos.equals("IN");
            if (!(nominal || argument)) continue;
            if (INSIDE.contains(t.rel(i)) && t.head(i) >= 0 && t.token(t.head(i)).isNoun()) continue; // part of a bigger phrase
            out.add(i);
        }
        return out;
    }

    /** The span [start, end) of the phrase headed by {@code head}. */
    public static GoldSpan span(DepTree t, int head, RoleLabel role) {
        int[] range = {head, head};
        extend(t, head, range, 0);
        return new GoldSpan(role, range[0], range[1] + 1);
    }

    private static void extend(DepTree t, int i, int[] range, int depth) {
        if (depth > 6) return;
        for (int c : t.children(i)) {
            boolean possessiveMark = t.rel(c).equals("case") && t.rel(i).equals("nmod:poss");
            if (!INSIDE.contains(t.rel(c)) && !possessiveMark) continue;
            range[0] = Math.min(range[0], c);
            range[1] = Math.max(range[1], c);
            extend(t, c, range, depth + 1);
        }
    }
}
