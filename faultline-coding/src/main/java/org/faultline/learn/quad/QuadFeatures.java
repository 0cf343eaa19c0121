package org.faultline.learn.quad;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.faultline.events.Event;
import org.faultline.events.Factuality;
import org.faultline.nlp.Dependency;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;

/**
 * Turns one annotated sentence, and the events the pattern rules coded from it, into the named
 * features the quad model reads. Needs nothing but its inputs; gives a sorted map (so a training
 * run is the same every time).
 * <p>
 * Feature families (prefix before '='):
 * <ul>
 *   <li>{@code w} lemma unigrams and {@code b} lemma bigrams (lower case; numbers folded to {@code #})</li>
 *   <li>{@code root}, {@code root.pos} the main predicate; {@code root.rel} its dependents as
 *       relation:lemma (who did what to whom, in words)</li>
 *   <li>{@code neg} a negation under the main predicate or anywhere; {@code modal} modal verbs</li>
 *   <li>{@code ner} log counts of entity types (countries, people, dates, numbers)</li>
 *   <li>{@code rule} the rule coder's own output: types, quads, factualities, "none" when it coded nothing</li>
 * </ul>
 */
public final class QuadFeatures {
    private static final Set<String> ROOT_RELATIONS = Set.of("nsubj", "nsubj:pass", "obj", "iobj", "obl", "xcomp", "ccomp", "advcl", "aux:pass");
    private static final Set<String> NEGATIONS = Set.of("not", "never", "no", "n't", "without");

    /** Features of a sentence and the rule events coded from it (any factuality). */
    public Map<String, Double> of(Sentence sentence, List<Event> ruleEvents) {
        if (sentence == null) throw new IllegalArgumentException("sentence must not be null");
        Map<String, Double> f = new TreeMap<>();
        List<Token> tokens = sentence.tokens();
        String previous = "<s>";
        for (Token t : tokens) {
            String lemma = normal(t);
            if (lemma == null) continue;
            f.put("w=" + lemma, 1.0);
            f.put("b=" + previous + "_" + lemma, 1.0);
            previous = lemma;
            if (t.pos().equals("MD")) f.put("modal=" + lemma, 1.0);
            if (NEGATIONS.contains(lemma)) f.put("neg", 1.0);
        }
        predicate(sentence, f);
        Map<String, Integer> ner = new TreeMap<>();
        sentence.entities().forEach(e -> ner.merge(e.type(), 1, Integer::sum));
        ner.forEach((type, n) -> f.put("ner=" + type, Math.log1p(n)));
        rules(ruleEvents == null ? List.of() : ruleEvents, f);
        return f;
    }

    private static void predicate(Sentence s, Map<String, Double> f) {
        for (Dependency d : s.dependencies()) {
            if (!d.isRoot()) continue;
            Token root = s.tokens().get(d.dependent());
            String lemma = normal(root);
            f.put("root=" + (lemma == null ? "-" : lemma), 1.0);
            f.put("root.pos=" + root.pos(), 1.0);
            for (Dependency c : s.children(root.index())) {
                String rel = c.relation().equals("nsubj:pass") || c.relation().equals("aux:pass") ? c.relation() : c.baseRelation();
                if (c.baseRelation().equals("advmod") && NEGATIONS.contains(String.valueOf(normal(s.tokens().get(c.dependent())))))
                    f.put("root.neg", 1.0);
                if (!ROOT_RELATIONS.contains(rel)) continue;
                String child = normal(s.tokens().get(c.dependent()));
                if (child != null) f.put("root.rel=" + rel + ":" + child, 1.0);
                f.put("root.has=" + rel, 1.0);
            }
            return;
        }
    }

    private static void rules(List<Event> events, Map<String, Double> f) {
        if (events.isEmpty()) {
            f.put("rule=none", 1.0);
            return;
        }
        boolean factual = false;
        for (Event e : events) {
            f.put("rule.type=" + e.type(), 1.0);
            f.put("rule.fact=" + e.factuality().name(), 1.0);
            boolean happened = e.factuality() == Factuality.ASSERTED || e.factuality() == Factuality.REPORTED;
            f.put("rule.quad=" + e.quad() + (happened ? "" : "?"), 1.0);
            factual |= happened;
            if (e.source() != null && e.target() != null) f.put("rule.dyad", 1.0);
        }
        if (!factual) f.put("rule=none-factual", 1.0);
    }

    /** Lower-case lemma, numbers folded to "#", null for punctuation and symbols. */
    static String normal(Token t) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        boolean letter = false, digit = false;
        for (int i = 0; i < lemma.length(); i++) {
            char c = lemma.charAt(i);
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        if (!letter) return digit ? "#" : null;
        return lemma;
    }
}
