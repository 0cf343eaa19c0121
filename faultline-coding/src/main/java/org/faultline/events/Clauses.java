package org.faultline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who is the grammatical agent of a clause, following the parse through coordination, control
 * ("urged Baku to withdraw": Baku withdraws; "agreed to talk": the subject talks), relative
 * clauses and "accused X of shelling" (X shells).
 */
final class Clauses {
    /** Verbs whose object, not subject, does what the infinitive says. */
    static final Set<String> OBJECT_CONTROL = Set.of("urge", "ask", "order", "force", "call", "persuade", "press",
            "invite", "allow", "permit", "encourage", "help", "tell", "pressure", "compel", "instruct", "request",
            "appeal", "demand", "oblige", "accuse", "blame", "charge", "prevent", "ban", "forbid", "prohibit", "require",
            "plead", "beg", "implore", "lobby");
    /** Prepositions that name who an object-control verb addresses when it has no object. */
    private static final Set<String> ADDRESSEE_PREPS = Set.of("on", "upon", "with", "to");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whom");

    private Clauses() {}

    /** Tokens naming who acts in the clause headed by v (passive: the agent); empty if unknown. */
    static List<Integer> agents(ParseView pv, int v) {
        return agents(pv, v, 0);
    }

    private static List<Integer> agents(ParseView pv, int v, int depth) {
        List<Integer> out = new ArrayList<>();
        if (pv.isPassive(v)) {
            out.addAll(pv.children(v, "obl:agent"));
            for (int o : pv.children(v, "obl")) if ("by".equals(pv.prep(o)) && !out.contains(o)) out.add(o);
            return out;
        }
        // "previous encounters, mediated by Russian peacekeepers": a past participle modifying a noun is passive
        if (pv.baseRel(v).equals("acl") && pv.token(v).pos().equals("VBN")) {
            out.addAll(pv.children(v, "obl:agent"));
            for (int o : pv.children(v, "obl")) if ("by".equals(pv.prep(o)) && !out.contains(o)) out.add(o);
            return out;
        }
        for (int s : pv.children(v, "nsubj", "csubj")) {
            if (s == pv.gov(v) && pv.baseRel(v).equals("acl")) continue; // "willingness to engage": the noun does not act
            // "pleaded with Iran not to execute them": the parser's controlled subject is the pleader; an object-control
            // verb's addressee acts (below)
            if (pv.gov(v) >= 0 && OBJECT_CONTROL.contains(pv.lemma(pv.gov(v)))
                    && pv.arcs(v).stream().anyMatch(d -> d.dependent() == s && d.relation().equals("nsubj:xsubj"))) continue;
            if (pv.rel(s).equals("nsubj:pass") || pv.arcs(v).stream().anyMatch(d -> d.dependent() == s && d.relation().equals("nsubj:pass"))) continue;
            if (RELATIVE_PRONOUNS.contains(pv.lemma(s)) && pv.isPronoun(s)) {
                int antecedent = antecedent(pv, v, s);
                if (antecedent >= 0) { out.add(antecedent); continue; }
            }
            out.add(s);
        }
        // "A former Soviet republic, Lithuania has called ...": two subjects of one verb are a description and
        // the name it describes (the parser's reading of a fronted apposition); the name acts
        if (out.size() > 1 && out.stream().anyMatch(s -> pv.token(s).pos().startsWith("NNP")))
            out.removeIf(s -> pv.token(s).pos().startsWith("NN") && !pv.token(s).pos().startsWith("NNP"));
        if (!out.isEmpty() || depth > 3) return out;
        int g = pv.gov(v);
        if (g < 0) return out;
        String rel = pv.baseRel(v);
        switch (rel) {
            case "conj" -> { return agents(pv, g, depth + 1); }
            case "dep", "parataxis" -> {
                // ", urging them to ...", ", threatening ...": a participle tacked on with a comma speaks for the main clause
                if (!pv.token(v).pos().startsWith("VB")) return out;
                // attached to its own clause it speaks for that clause; attached inside reported speech, for the speaker
                // ("they said Baku shelled Juba, killing 20": a deed tacked on inside reported speech is the reported actor's)
                boolean speechAct = isReportingLike(pv, v) || Set.of("urge", "warn", "call", "demand", "accuse", "insist", "stress").contains(pv.lemma(v));
                if (pv.isVerb(g) && (!pv.baseRel(g).equals("ccomp") || !speechAct) && !isReportingLike(pv, g) && !agents(pv, g, depth + 1).isEmpty())
                    return agents(pv, g, depth + 1);
                int top = g, guard = 0;
                while (pv.gov(top) >= 0 && guard++ < pv.size()) top = pv.gov(top);
                return top == v ? out : agents(pv, top, depth + 1);
            }
            case "xcomp", "advcl", "obl", "acl" -> {
                if (rel.equals("acl") && pv.isNoun(g) && pv.rel(v).equals("acl:relcl")) { out.add(g); return out; }
                // "Baku's offensive to retake X": the event noun's owner acts
                if (rel.equals("acl") && pv.isNoun(g) && !pv.children(g, "nmod:poss").isEmpty()) return pv.children(g, "nmod:poss");
                // "authorities trying to deport her", "troops advancing on the town": the noun a present participle
                // describes is its subject, unless it is words ("a declaration demanding ...", below)
                if (rel.equals("acl") && pv.isNoun(g) && pv.token(v).pos().equals("VBG") && !wordsNoun(pv, g)) { out.add(g); return out; }
                // "issued a declaration demanding ...": the noun's clause acts
                if (rel.equals("acl") && pv.isNoun(g) && pv.gov(g) >= 0 && pv.isVerb(pv.gov(g))) return agents(pv, pv.gov(g), depth + 1);
                if (OBJECT_CONTROL.contains(pv.lemma(g))) {
                    List<Integer> objs = pv.children(g, "obj", "iobj");
                    if (!objs.isEmpty()) return objs;
                    // "called on X to", "pleaded with X to", "appealed to X to"
                    for (int o : pv.children(g, "obl")) if (ADDRESSEE_PREPS.contains(String.valueOf(pv.prep(o)))) { out.add(o); return out; }
                }
                if (pv.isVerb(g) || pv.isAdjective(g)) return agents(pv, g, depth + 1);
                return out;
            }
            default -> { return out; }
        }
    }

    /**
     * The noun a relative pronoun subject stands for: the noun its clause describes, reached through coordinated
     * verbs ("militants who rammed a car and attacked the guards": the militants attack) and through a parse that
     * hangs the clause on the noun as a bare dependent; else the noun the parser refers the pronoun to.
     */
    private static int antecedent(ParseView pv, int v, int pronoun) {
        int c = v, guard = 0;
        while (pv.baseRel(c).equals("conj") && pv.gov(c) >= 0 && guard++ < pv.size()) c = pv.gov(c);
        int g = pv.gov(c);
        if (g >= 0 && pv.isNoun(g) && (pv.baseRel(c).equals("acl") || pv.baseRel(c).equals("dep"))) return g;
        for (int i = 0; i < pv.size(); i++)
            for (var d : pv.arcs(i)) if (d.dependent() == pronoun && d.relation().equals("ref")) return i;
        return -1;
    }

    /** A noun for something said or written: a statement, a declaration, a newspaper. */
    private static boolean wordsNoun(ParseView pv, int n) {
        String l = pv.lemma(n);
        CoderWords words = CoderWords.bundled();
        return Absorption.SPEECH_NOUNS.contains(l) || words.list("statement").contains(l) || words.list("works").contains(l);
    }

    /** "..., relief officials said": a reporting verb's subject is not the doer of a participle hanging off it. */
    private static boolean isReportingLike(ParseView pv, int v) {
        return Set.of("say", "tell", "report", "state", "add", "announce", "claim", "note").contains(pv.lemma(v));
    }

    /** Objects or complements of v that are clauses: xcomp, ccomp, advcl with "to"/"that"/"of", obl:of gerunds. */
    static List<Integer> complements(ParseView pv, int v) {
        List<Integer> out = new ArrayList<>(pv.children(v, "xcomp", "ccomp", "csubj"));
        for (int c : pv.children(v, "advcl", "obl", "acl", "nmod")) {
            String prep = pv.prep(c);
            if ((pv.isVerb(c) && prep != null && Set.of("to", "of", "that", "for", "on").contains(prep)) && !out.contains(c)) out.add(c);
        }
        List<Integer> withConj = new ArrayList<>(out);
        for (int c : out) for (int cc : pv.children(c, "conj")) if (!withConj.contains(cc)) withConj.add(cc);
        return withConj;
    }
}
