package org.faultline.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.faultline.nlp.Dependency;
import org.faultline.nlp.Entity;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;

/**
 * Finds the words of an actor mention in a parsed sentence: the head with its compounds,
 * adjectival modifiers, possessors, flat names and "of" complements ("president of Armenia"),
 * recursively, plus the named-entity span covering the head. Conjuncts are left to the caller
 * ({@link DictionaryActorResolver#resolveAll}), which can substitute one modifier by its conjunct.
 */
final class MentionCollector {
    private static final Set<String> MODIFIERS = Set.of("compound", "amod", "nmod:poss", "flat", "flat:name",
            "flat:foreign", "nn", "name", "det:poss", "nmod:of", "fixed");
    private static final int MAX_DEPTH = 4;

    /** The collected words: sentence token indices in order, and the head's sentence index. */
    record Mention(List<Integer> tokens, int head) {
        int headPosition() { return tokens.indexOf(head); }
    }

    private MentionCollector() {}

    /** Collects the mention headed by {@code head}, visiting {@code substitute.get(t)} instead of t. */
    static Mention collect(Sentence s, int head, Map<Integer, Integer> substitute) {
        TreeSet<Integer> tokens = new TreeSet<>();
        // enhanced parses attach every conjunct to the head too ("Russian, Turkish and Iranian
        // diplomats"): when one conjunct stands in for the modifier, the others stay out
        Set<Integer> excluded = new java.util.HashSet<>();
        substitute.forEach((m, c) -> {
            excluded.add(m);
            excluded.addAll(conjuncts(s, m));
            excluded.remove(c);
        });
        visit(s, head, 0, substitute, excluded, tokens);
        Optional<Entity> e = s.entityAt(head);
        if (e.isPresent() && e.get().endToken() - e.get().startToken() <= 8)
            for (int i = e.get().startToken(); i < e.get().endToken() && i < s.tokens().size(); i++) tokens.add(i);
        return new Mention(new ArrayList<>(tokens), head);
    }

    private static void visit(Sentence s, int t, int depth, Map<Integer, Integer> substitute, Set<Integer> excluded,
                              Set<Integer> into) {
        if (t < 0 || t >= s.tokens().size()) return; // a malformed arc; ignore rather than fail the sentence
        if (!into.add(t) || depth >= MAX_DEPTH) return;
        for (Dependency d : s.children(t)) {
            if (!isModifier(s, d)) continue;
            int target = substitute.getOrDefault(d.dependent(), d.dependent());
            if (excluded.contains(target)) continue;
            visit(s, target, depth + 1, substitute, excluded, into);
            boolean of = isOfComplement(s, d);
            if (of || d.relation().equals("nmod:poss")) for (Dependency c : s.children(target))
                if ((c.relation().equals("case") || (of && c.relation().equals("det"))) && c.dependent() < s.tokens().size())
                    into.add(c.dependent());
        }
    }

    /** Modifier tokens of the mention that have conjuncts ("Hungarian and Romanian officials"). */
    static List<Integer> conjoinedModifiers(Sentence s, Mention m) {
        List<Integer> out = new ArrayList<>();
        for (int t : m.tokens()) {
            if (t == m.head()) continue;
            if (!conjuncts(s, t).isEmpty()) out.add(t);
        }
        return out;
    }

    /** Tokens joined to {@code t} by a conj relation. */
    static List<Integer> conjuncts(Sentence s, int t) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : s.children(t)) if (d.baseRelation().equals("conj")) out.add(d.dependent());
        return out;
    }

    private static boolean isModifier(Sentence s, Dependency d) {
        String r = d.relation();
        if (MODIFIERS.contains(r)) return true;
        return isOfComplement(s, d);
    }

    // "nmod" with an "of" case marker, whichever way the parser labels it.
    private static boolean isOfComplement(Sentence s, Dependency d) {
        if (d.relation().equals("nmod:of")) return true;
        if (!d.relation().equals("nmod")) return false;
        for (Dependency c : s.children(d.dependent())) {
            if (c.relation().equals("case")) {
                Token w = s.tokens().get(c.dependent());
                if (w.word().equalsIgnoreCase("of")) return true;
            }
        }
        return false;
    }

    /** The mention's text: its words, separated by a space where the source had a gap. */
    static String text(Sentence s, List<Integer> tokens) {
        StringBuilder sb = new StringBuilder();
        Token prev = null;
        for (int i : tokens) {
            Token t = s.tokens().get(i);
            if (prev != null && (prev.endChar() != t.beginChar() || t.index() != prev.index() + 1)) sb.append(' ');
            sb.append(t.word());
            prev = t;
        }
        return sb.toString();
    }
}
