package org.faultline.events;

import java.util.List;
import java.util.Set;
import org.faultline.events.patterns.Embed;
import org.faultline.events.patterns.PatternBook;

/**
 * Reads factuality from the words around a trigger: negation and modals on its own clause, then
 * the nearest embedding word up the parse ("said that" reported, "denied that" negated, "fears
 * that" hypothetical, "urged ... to" proposed, "ready to" intent), then a sentence-level
 * attribution ("..., officials said", "according to X").
 */
final class FactualityFinder {
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
    private static final Set<String> HEDGES = Set.of("could", "may", "might");
    private static final Set<String> FUTURE = Set.of("will", "would", "shall", "'ll");
    private static final Set<String> OBLIGATION = Set.of("must", "should", "ought");
    private static final Set<String> CONDITIONAL = Set.of("if", "unless");
    private static final String[] EMBEDDING = {"xcomp", "ccomp", "advcl", "acl", "obl", "nmod", "csubj", "conj", "dep", "amod"};

    private static final Set<String> PURPOSE = Set.of("to", "in order to", "so as to");
    private static final Set<String> ADJUNCT = Set.of("obl", "nmod", "advcl", "acl");

    private final PatternBook book;

    FactualityFinder(PatternBook book) { this.book = book; }

    Reading read(ParseView pv, int trigger, int clause) {
        boolean negated = false, hedged = false, obligation = false;
        int intent = -1;
        for (int c : new int[] {trigger, clause}) {
            for (int k : pv.children(c, "advmod", "neg", "det", "aux", "mark")) {
                String l = pv.lemma(k);
                if (NEGATORS.contains(l) || (l.equals("instead") && pv.baseRel(k).equals("mark"))) negated = true;
                else if (HEDGES.contains(l) || CONDITIONAL.contains(l)) hedged = true;
                else if (FUTURE.contains(l)) intent = k;
                else if (OBLIGATION.contains(l)) obligation = true;
            }
        }
        // "reiterated its readiness to negotiate": the intent noun controls the verb
        for (int c : new int[] {trigger, clause})
            for (int k : pv.children(c, "nsubj:xsubj", "nsubj")) if (intent < 0 && pv.isNoun(k) && embedOf(pv, k) == Embed.INTENT) intent = k;
        Factuality f = negated && intent < 0 ? Factuality.NEGATED : hedged ? Factuality.HYPOTHETICAL : null;
        // "resigned to allow elections", "blocked roads to protest": a purpose is intended, not yet done
        // ("difficult for X to refute": a clause on an adjective is its complement, not a purpose)
        if (f == null && intent < 0 && pv.baseRel(clause).equals("advcl") && PURPOSE.contains(String.valueOf(pv.prep(clause)))
                && !(pv.gov(clause) >= 0 && pv.isAdjective(pv.gov(clause))))
            f = Factuality.PROPOSED;
        int claimant = -1, cue = -1;
        // "Karabakh claimed an Azerbaijani attack": an event noun as what a reporting verb reports
        if (clause != trigger && Embeds.isReporting(book, pv, clause)) {
            cue = clause;
            claimant = speaker(pv, clause);
            if (f == null) f = Factuality.REPORTED;
        }
        // walk up to the nearest embedding word
        int c = clause, guard = 0;
        if (cue >= 0) guard = pv.size();
        boolean viaConj = false;
        while (guard++ < pv.size()) {
            int g = pv.gov(c);
            if (g < 0) break;
            String rel = pv.baseRel(c);
            if (!List.of(EMBEDDING).contains(rel)) break;
            boolean conj = rel.equals("conj");
            // "cannot try to censor", "might try to seize": a controlling verb's negation or hedge governs what it controls
            if (f == null && rel.equals("xcomp") && pv.isVerb(g)) {
                for (int k : pv.children(g, "advmod", "aux")) {
                    String l = pv.lemma(k);
                    if (NEGATORS.contains(l) && intent < 0) { negated = true; f = Factuality.NEGATED; }
                    else if (HEDGES.contains(l)) f = Factuality.HYPOTHETICAL;
                }
            }
            Embed e = conj ? Embed.NONE : embedOf(pv, g);
            // a reporting verb reports its complement, not its adjuncts ("in response to X's calls, they said ...")
            if ((e == Embed.REPORTED || e == Embed.ANNOUNCED) && ADJUNCT.contains(rel) && isCueVerb(pv, g)) e = Embed.NONE;
            if (e == Embed.INTENT && intent < 0) {
                intent = g;
            } else if (e != Embed.NONE && e != Embed.INTENT) {
                cue = g;
                if (f == null) f = switch (e) {
                    case REPORTED, ANNOUNCED -> Factuality.REPORTED;
                    case NEGATED -> Factuality.NEGATED;
                    case HYPOTHETICAL -> Factuality.HYPOTHETICAL;
                    case PROPOSED -> Factuality.PROPOSED;
                    default -> null;
                };
                if (e == Embed.REPORTED || e == Embed.ANNOUNCED) claimant = speaker(pv, g);
                break;
            }
            c = g;
        }
        if (cue < 0) {
            int att = attribution(pv, trigger);
            if (att >= 0) {
                cue = att;
                claimant = pv.lemma(att).equals("accord") || "according to".equals(pv.prep(att)) ? att : speaker(pv, att);
                if (f == null) f = Factuality.REPORTED;
            }
        }
        return new Reading(f == null ? Factuality.ASSERTED : f, claimant, cue, intent, negated, obligation);
    }

    Embed embedOf(ParseView pv, int i) { return Embeds.of(book, pv, i); }

    /** "say", "announce": words that are only cues; "accuse" is an event whose of-phrase is the claim. */
    private boolean isCueVerb(ParseView pv, int i) {
        return pv.isVerb(i) && book.patterns(pv.lemma(i), 'V').stream().allMatch(org.faultline.events.patterns.Pattern::isCue);
    }

    private static int speaker(ParseView pv, int cue) {
        List<Integer> agents = Clauses.agents(pv, cue);
        return agents.isEmpty() ? -1 : agents.get(0);
    }

    /** "..., officials said" (a reporting verb outside the trigger's clause) or "according to X". */
    private int attribution(ParseView pv, int trigger) {
        for (int k = 0; k < pv.size(); k++) {
            if (k == trigger) continue;
            String prep = pv.prep(k);
            if (prep != null && prep.startsWith("according") && (pv.dominates(pv.gov(k), trigger) || pv.gov(k) == trigger
                    || pv.gov(k) == rootOf(pv, trigger))) return k;
            if (!pv.isVerb(k) || pv.dominates(k, trigger)) continue;
            // "X shelled Y, the ministry said": the parser hangs the trailing speech verb off the event verb itself
            boolean trailing = pv.gov(k) == trigger && pv.baseRel(k).equals("parataxis");
            if (pv.dominates(trigger, k) && !trailing) continue;
            Embed e = embedOf(pv, k);
            if (e != Embed.REPORTED && e != Embed.ANNOUNCED) continue;
            String rel = pv.baseRel(k);
            boolean afterQuote = rel.equals("conj") && quoteBefore(pv, k); // "“...,” Pashinyan said" parsed as a conjunct
            if ((rel.equals("parataxis") || rel.equals("dep") || rel.equals("advcl") || afterQuote) && k > trigger
                    && !pv.children(k, "nsubj").isEmpty()) return k;
        }
        return -1;
    }

    private static boolean quoteBefore(ParseView pv, int k) {
        for (int i = k - 1; i >= 0 && i >= k - 4; i--) if (pv.token(i).pos().equals("''")) return true;
        return false;
    }

    private static int rootOf(ParseView pv, int i) {
        int r = i, guard = 0;
        while (pv.gov(r) >= 0 && guard++ < pv.size()) r = pv.gov(r);
        return r;
    }
}
