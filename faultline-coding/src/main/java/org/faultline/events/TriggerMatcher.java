package org.faultline.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.faultline.events.patterns.Pattern;
import org.faultline.events.patterns.PatternBook;
import org.faultline.events.patterns.Requirement;
import org.faultline.nlp.Dependency;

/** Matches a token against the pattern book, checking each pattern's conditions on the parse. */
final class TriggerMatcher {
    /** Relations that give a gerund or participle a noun's role ("the shelling", "accused of shelling villages"). */
    private static final Set<String> NOMINAL_RELATIONS = Set.of("nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod",
            "amod", "compound", "appos", "conj");

    private final PatternBook book;

    TriggerMatcher(PatternBook book) { this.book = book; }

    /** Result of looking a token up: the trigger if a pattern matched, else why not (null if no pattern at all). */
    record Lookup(Trigger trigger, String whyNot, boolean known) {}

    Lookup match(ParseView pv, int i) {
        List<String> unmet = new ArrayList<>();
        boolean known = false;
        for (Form form : forms(pv, i)) {
            List<Pattern> patterns = book.patterns(form.key, form.pos);
            if (patterns.isEmpty()) continue;
            known = true;
            for (Pattern p : patterns) {
                Set<Integer> consumed = new HashSet<>();
                String miss = firstUnmet(pv, i, p, consumed);
                if (miss == null) return new Lookup(new Trigger(i, p, form.pos != 'V' && form.pos != 'X', consumed), null, true);
                unmet.add(p.describe() + " needs " + miss);
            }
        }
        if (!known) return new Lookup(null, null, false);
        return new Lookup(null, String.join("; ", unmet), true);
    }

    private record Form(char pos, String key) {}

    /** The hyphenated word token i heads or ends ("sit" of "sit - in", "fire" of "cease - fire"), lower case; else null. */
    private static String hyphenated(ParseView pv, int i) {
        if (i + 2 < pv.size() && pv.token(i + 1).pos().equals("HYPH")) return pv.lemma(i) + "-" + pv.lowerWord(i + 2);
        if (i >= 2 && pv.token(i - 1).pos().equals("HYPH")) return pv.lowerWord(i - 2) + "-" + pv.lemma(i);
        return null;
    }

    private static List<Form> forms(ParseView pv, int i) {
        List<Form> forms = new ArrayList<>(3);
        String pos = pv.token(i).pos();
        String lemma = pv.lemma(i), word = pv.lowerWord(i);
        // the tokenizer splits hyphenated words ("sit - in", "cease - fire", "re - open"): the whole word is tried first
        String hyphenated = hyphenated(pv, i);
        if (hyphenated != null && (pos.startsWith("NN") || pos.startsWith("VB") || pos.startsWith("JJ")))
            forms.add(new Form(pos.startsWith("VB") ? 'V' : 'N', hyphenated));
        if (pos.startsWith("VB")) {
            boolean nominal = (pos.equals("VBG") || pos.equals("VBN")) && NOMINAL_RELATIONS.contains(pv.rel(i).split(":")[0])
                    && pv.children(i, "nsubj", "obj", "aux").isEmpty();
            if (nominal) forms.add(new Form('N', word));
            forms.add(new Form('V', lemma));
        } else if (pos.startsWith("NNP") && !pv.token(i).ner().equals("O")) {
            return forms; // part of a name ("Warsaw Pact", "Operation Desert Storm" is named, not described)
        } else if (pos.startsWith("NN")) {
            forms.add(new Form('N', lemma));
            if (!word.equals(lemma)) forms.add(new Form('N', word));
        } else if (pos.startsWith("JJ")) {
            forms.add(new Form('A', lemma));
            forms.add(new Form('N', lemma));
        } else if (pos.equals("MD") || pos.equals("IN") || pos.equals("RB")) {
            forms.add(new Form('X', lemma));
        }
        return forms;
    }

    /** The first condition of p not met at token i, or null when all are met (filling consumed). */
    private String firstUnmet(ParseView pv, int i, Pattern p, Set<Integer> consumed) {
        for (Requirement r : p.requirements()) {
            if (!r.isCondition()) continue;
            int hit = switch (r.kind()) {
                case OBJ -> r.values().contains(Requirement.EVENT) ? eventObject(pv, i) : findLemma(pv, withModifiers(pv, objects(pv, i)), r.values());
                case PREP -> findPrep(pv, i, r.values());
                case PRT -> particle(pv, i, r.values());
                case MOD -> findLemma(pv, modifiers(pv, i), r.values());
                case XCOMP -> complement(pv, i, r.values());
                case SWAP -> 0;
            };
            if (hit < 0) return r.toString();
            if (r.kind() != Requirement.Kind.PREP && r.kind() != Requirement.Kind.XCOMP) consumed.add(hit);
        }
        return null;
    }

    private static final Set<String> MODALS = Set.of("will", "would", "shall", "should", "must", "can", "could", "may", "might", "to");

    /**
     * The clausal complement of i that meets an xcomp requirement: any ("-"), one that is itself an event trigger
     * ("event": "failed to reach a deal"), or a finite clause stating how things are ("fact": "agree the premier has
     * done well", where no modal or "to" makes it something to be done), or a question ("question": "asked why").
     */
    private int complement(ParseView pv, int i, Set<String> values) {
        int c = pv.firstChild(i, "xcomp", "ccomp");
        // "helped design the bridge" parsed with the bare verb as an object is a complement all the same
        if (c < 0) for (int o : pv.children(i, "obj")) if (pv.token(o).pos().equals("VB")) { c = o; break; }
        // "agree the president has handled it well" with the clause left as a bare dependent
        if (c < 0 && values.contains(Requirement.FACT))
            for (int d : pv.children(i, "dep")) if (pv.isVerb(d) && !pv.children(d, "nsubj", "aux").isEmpty()) { c = d; break; }
        if (c < 0) return -1;
        if (values.contains(Requirement.EVENT) && !isEvent(pv, c, false)) return -1;
        if (values.contains(Requirement.QUESTION) && !question(pv, c)) return -1;
        if (values.contains(Requirement.FACT)) {
            if (pv.baseRel(c).equals("xcomp")) return -1;
            for (int a : pv.children(c, "aux", "mark")) if (MODALS.contains(pv.lemma(a)) || MODALS.contains(pv.lowerWord(a))) return -1;
        }
        return c;
    }

    /** An object of i that is itself an event noun ("ordered the detention of ..."), or -1. */
    private int eventObject(ParseView pv, int i) {
        for (int o : pv.children(i, "obj")) if (isEvent(pv, o, true)) return o;
        return -1;
    }

    /** Whether token t triggers an event (not a cue); with nounOnly, an event noun. */
    private boolean isEvent(ParseView pv, int t, boolean nounOnly) {
        Trigger tr = match(pv, t).trigger();
        return tr != null && !tr.pattern().isCue() && (!nounOnly || tr.nominal());
    }

    private static final Set<String> QUESTION_MARKERS = Set.of("whether", "if");

    /** "why the trial is on hold", "whether it will resume": a clause opened by a question word or "whether"/"if". */
    private static boolean question(ParseView pv, int clause) {
        for (Dependency d : pv.arcs(clause)) {
            int w = d.dependent();
            if (w > clause) continue;
            if (pv.token(w).pos().startsWith("W") || QUESTION_MARKERS.contains(pv.lowerWord(w))) return true;
        }
        return false;
    }

    /**
     * What qualifies the trigger: its compounds, adjectives and noun phrases, and for a verb the objects of a clause it
     * says ("warned that they would face consequences" meets mod:consequences).
     */
    private static List<Integer> modifiers(ParseView pv, int i) {
        List<Integer> out = new ArrayList<>(pv.children(i, "compound", "amod", "nmod", "obl"));
        // "joint military exercises" parsed with "joint" under "military": stacked modifiers count too
        for (int m : pv.children(i, "compound", "amod")) out.addAll(pv.children(m, "amod", "compound", "advmod"));
        if (pv.isVerb(i)) for (int c : pv.children(i, "ccomp", "parataxis")) out.addAll(pv.children(c, "obj"));
        return out;
    }

    /** "shipped out", "forced ... out", and "out of the enclave" where the parser made the particle a preposition. */
    private static int particle(ParseView pv, int i, Set<String> values) {
        int hit = findLemma(pv, pv.children(i, "compound:prt", "advmod"), values);
        if (hit >= 0) return hit;
        for (int o : pv.children(i, "obl")) {
            String prep = pv.prep(o);
            if (prep == null) continue;
            String first = prep.split(" ")[0];
            if (values.contains(first)) return o;
        }
        return -1;
    }

    /** Objects plus their noun modifiers, so "ended mediation efforts" meets obj:mediation. */
    private static List<Integer> withModifiers(ParseView pv, List<Integer> objects) {
        List<Integer> out = new ArrayList<>(objects);
        for (int o : objects) for (int m : pv.children(o, "compound")) if (!out.contains(m)) out.add(m);
        // "700 kg of medicine", "a series of bombs": the measured thing is the object
        for (int o : objects) for (int m : pv.children(o, "nmod:of")) if (!out.contains(m)) out.add(m);
        // "$2 billion in military aid": an amount in something is that thing
        for (int o : objects) {
            List<Integer> money = new ArrayList<>();
            for (int c : pv.children(o, "dep", "nummod", "compound")) if (pv.token(c).ner().equals("MONEY")) money.add(c);
            if (money.isEmpty() && !pv.token(o).ner().equals("MONEY") && !pv.token(o).ner().equals("NUMBER")) continue;
            money.add(o);
            for (int a : money) for (int m : pv.children(a, "nmod:in")) if (!out.contains(m)) out.add(m);
        }
        return out;
    }

    static List<Integer> objects(ParseView pv, int i) {
        List<Integer> objs = pv.children(i, "obj", "nsubj:pass", "xcomp", "iobj", "obl:as");
        List<Integer> all = new ArrayList<>(objs);
        // "provide the army with radar systems": the thing given comes with "with" when the receiver is the object
        if (!pv.children(i, "obj").isEmpty()) all.addAll(pv.children(i, "obl:with"));
        // "trade data released on Thursday", "statements released by regulators": the noun a past participle modifies is
        // what was done to
        if ((pv.baseRel(i).equals("acl") || pv.baseRel(i).equals("amod")) && pv.token(i).pos().equals("VBN") && pv.gov(i) >= 0
                && !all.contains(pv.gov(i))) all.add(pv.gov(i));
        // "statements released by regulators" parsed as subject and verb: the subject of a passive is what was done to
        if (pv.isPassive(i)) for (int n : pv.children(i, "nsubj")) if (!all.contains(n)) all.add(n);
        for (int o : objs) for (int c : pv.children(o, "conj")) if (!all.contains(c)) all.add(c);
        return all;
    }

    private static int findLemma(ParseView pv, List<Integer> candidates, Set<String> values) {
        for (int c : candidates) {
            if (values.contains(pv.lemma(c)) || values.contains(pv.lowerWord(c))) return c;
            // the lemmatiser keeps some plurals whole ("troops"): a plural noun also meets its singular
            String w = pv.lowerWord(c);
            if (pv.token(c).pos().equals("NNS") && w.length() > 3 && w.endsWith("s") && values.contains(w.substring(0, w.length() - 1))) return c;
            if (values.contains("@place") && EventPlacer.PLACE_NER.contains(pv.token(c).ner())) return c;
        }
        return -1;
    }

    private static final Set<String> TIME_NER = Set.of("DATE", "TIME", "DURATION", "SET");

    /** "on Tuesday" misparsed as a marker of the next clause: the preposition introduces a time. */
    private static boolean beforeTime(ParseView pv, int marker) {
        return marker + 1 < pv.size() && TIME_NER.contains(pv.token(marker + 1).ner());
    }

    private static int findPrep(ParseView pv, int i, Set<String> values) {
        for (Dependency d : pv.arcs(i)) {
            int c = d.dependent();
            String r = d.relation();
            // "called his counterpart on Tuesday": a date is no "call on"
            if (TIME_NER.contains(pv.token(c).ner())) continue;
            int colon = r.indexOf(':');
            if (colon > 0 && values.contains(r.substring(colon + 1))) return c;
            if (r.equals("compound:prt") && values.contains(pv.lemma(c))) return c;
            if (r.startsWith("obl") || r.startsWith("nmod") || r.startsWith("xcomp") || r.startsWith("ccomp") || r.startsWith("advcl")
                    || r.startsWith("acl")) {
                for (Dependency cd : pv.arcs(c))
                    if ((cd.relation().equals("case") || cd.relation().equals("mark")) && values.contains(pv.lemma(cd.dependent()))
                            && !beforeTime(pv, cd.dependent())) return c;
            }
        }
        return -1;
    }
}
