package org.faultline.events;

import java.util.Map;
import java.util.Set;

/**
 * Decides which triggers of a sentence are part of another event ("sanctions" in "imposed
 * sanctions", "to demand reforms" as the purpose of a strike, "in protest") and which clauses are
 * background ("the curfew imposed last year", "after X shelled Y"), coded only with a known source.
 */
final class Absorption {
    /** Relations by which a noun is an argument of another word. */
    private static final Set<String> ARGUMENT = Set.of("obj", "nsubj", "obl", "nmod", "xcomp", "compound", "amod", "iobj", "conj", "appos");

    private static final Set<String> BACKGROUND_MARKS = Set.of("after", "before", "when", "while", "since", "as", "until",
            "following", "because", "once", "whereas");

    static final Set<String> SPEECH_NOUNS = Set.of("declaration", "statement", "letter", "communique", "message",
            "resolution", "report", "announcement", "appeal", "note", "call", "ultimatum", "order", "decree");

    private final ParseView pv;
    private final Map<Integer, Trigger> triggers;

    Absorption(ParseView pv, Map<Integer, Trigger> triggers) {
        this.pv = pv;
        this.triggers = triggers;
    }

    /** Null if the trigger stands on its own, else why it is part of another event. */
    String absorbedBy(Trigger tr) {
        if (!tr.nominal()) return purposeOf(tr);
        String prep = pv.prep(tr.token());
        if (prep != null && prep.startsWith("according")) return "names the source of the report (according to ...)";
        int g = pv.gov(tr.token());
        String adjunct = adjunctOf(tr, g);
        if (adjunct != null) return adjunct;
        if (g < 0 || !ARGUMENT.contains(pv.baseRel(tr.token()))) return null;
        Trigger host = triggers.get(g);
        // "demanded clarity and the release of ...": a noun conjoined to another's argument is that event's argument too
        if (host == null && pv.baseRel(tr.token()).equals("conj") && pv.gov(g) >= 0 && Set.of("obj", "nsubj:pass").contains(pv.rel(g))) {
            g = pv.gov(g);
            host = triggers.get(g);
        }
        if (host == null || host.pattern().isCue()) return null; // "ordered the detention of ...": the cue lends, the noun acts
        if (host.pattern().type().equals("ACCUSE") && hasOwnSource(tr.token())) return null;
        return "argument of '" + pv.word(g) + "' (" + host.pattern().type() + ")";
    }

    /** "staged a strike to demand reforms", "blocked roads demanding ...": a purpose clause is context, not a second act. */
    private String purposeOf(Trigger tr) {
        // a purpose clause that is a speech act is folded into the act it explains
        if (!speechAct(tr)) return null;
        int t = tr.token(), g = pv.gov(t);
        if (g < 0 || !(pv.baseRel(t).equals("advcl") || pv.baseRel(t).equals("xcomp") || pv.baseRel(t).equals("acl"))) return null;
        if (!"to".equals(pv.prep(t)) && !pv.token(t).pos().equals("VBG")) return null;
        Trigger host = actHeadedBy(g);
        return host == null ? null : "purpose of '" + pv.word(host.token()) + "' (" + host.pattern().type() + ")";
    }

    /** "in protest against", "in retaliation for": an adjunct of another event's clause. */
    private String adjunctOf(Trigger tr, int g) {
        if (g < 0 || !pv.baseRel(tr.token()).equals("obl") || !"in".equals(pv.prep(tr.token()))) return null;
        Trigger host = actHeadedBy(g);
        return host == null || host == tr ? null : "adjunct of '" + pv.word(host.token()) + "' (" + host.pattern().type() + ")";
    }

    /** The material event a clause carries: its verb if a trigger, else its object noun if one. */
    private Trigger actHeadedBy(int v) {
        Trigger host = triggers.get(v);
        if (host == null) for (int o : pv.children(v, "obj")) if (triggers.containsKey(o)) host = triggers.get(o);
        return host != null && !speechAct(host) ? host : null;
    }

    private static boolean speechAct(Trigger tr) {
        String type = tr.pattern().type();
        return PloverType.isKnown(type) && PloverType.valueOf(type).speechAct();
    }

    /** Clauses that describe an entity or set the time of the news ("the curfew imposed in 2019", "after X shelled Y"). */
    boolean isBackground(Trigger tr, int clause) {
        // "after a months-long blockade, Azerbaijan launched an offensive": background to the clause's own event
        if (tr.nominal() && RoleFinder.TEMPORAL_PREPS.contains(String.valueOf(pv.prep(tr.token())))) {
            int g = pv.gov(tr.token());
            if (g >= 0 && (triggers.containsKey(g) || pv.children(g, "obj").stream().anyMatch(triggers::containsKey))) return true;
        }
        String rel = pv.rel(clause);
        if (rel.equals("acl:relcl")) return true;
        if (rel.startsWith("acl")) {
            // "an attempt to kill", "a declaration demanding": the content of the noun, not a description of it
            if ("to".equals(pv.prep(clause)) || SPEECH_NOUNS.contains(pv.lemma(pv.gov(clause)))) return false;
            return true;
        }
        return rel.startsWith("advcl") && BACKGROUND_MARKS.contains(String.valueOf(pv.prep(clause)));
    }

    private boolean hasOwnSource(int n) {
        return !pv.children(n, "nmod:poss", "nmod:by").isEmpty();
    }
}
