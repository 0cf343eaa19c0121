package org.faultline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.faultline.actors.Actor;

/**
 * Roles written on an event noun: possessor, nationality adjective or by/from-phrase as source;
 * against/on/to/with/of-phrases as target ("Baku's offensive against X", "accusations from both
 * Armenia and Azerbaijan", "clashes between X and Y"); noun modifiers as target once a source is named.
 */
final class NominalRoles {
    private static final List<String> TARGET_PREPS = RoleFinder.TARGET_PREPS;
    private static final Set<String> PLACE_PREPS = RoleFinder.PLACE_PREPS;
    /** Nominal types whose "of"-phrase names the actor, not the one acted on ("withdrawal of troops", "visit of the minister"). */
    private static final Set<String> OF_IS_SOURCE = Set.of("RETREAT", "MOBILIZE", "PROTEST", "CONSULT", "AGREE", "REQUEST", "REJECT");

    private NominalRoles() {}

    /** Roles written on the noun itself; returns true for "between X and Y". */
    static boolean nominal(ParseView pv, ActorFinder actors, Trigger tr, List<ActorFinder.Found> src, List<ActorFinder.Found> tgt) {
        int n = tr.token();
        String type = tr.pattern().type();
        List<Integer> compounds = new ArrayList<>();
        boolean superlative = superlative(pv, n);
        for (int m : pv.children(n, "nmod:poss", "amod", "compound")) {
            if (tr.consumed().contains(m)) continue;
            // "Tunisia's deadliest attack", "the country's worst riots": with a superlative the possessor is the scope, not the doer
            if (superlative && pv.rel(m).equals("nmod:poss")) continue;
            if (pv.rel(m).equals("compound")) { compounds.add(m); continue; }
            Founds.addAll(src, actors.group(m));
        }
        // "the Armenia-Azerbaijan talks": the parser hangs the first name of a hyphenated pair on the second
        // and the pair are the noun's parties together
        List<Integer> pair = new ArrayList<>();
        for (int m : compounds)
            for (int c : pv.children(m, "compound"))
                if (c == m - 2 && pv.token(m - 1).pos().equals("HYPH") && pv.token(c).pos().startsWith("NNP")) { pair.add(c); pair.add(m); }
        if (pair.size() == 2 && src.isEmpty()) {
            for (int m : pair) Founds.addAll(src, actors.group(m));
            compounds.removeAll(pair);
        }
        mergeSectors(src);
        boolean mutual = false;
        List<Integer> adjuncts = new ArrayList<>(pv.children(n, "nmod", "acl"));
        if (partitiveVerb(pv, n) >= 0) adjuncts.addAll(pv.children(pv.gov(n), "nmod")); // "the start of drills with Turkey"
        for (int m : adjuncts) {
            if (m == n) continue;
            String prep = pv.prep(m);
            if (prep == null) continue;
            if (prep.equals("by") || (prep.equals("from") && !type.equals("AID") && !type.equals("RETREAT"))) Founds.addAll(src, actors.group(m));
            else if (prep.equals("between") || prep.equals("among")) { Founds.addAll(src, actors.group(m)); mutual = src.size() > 1; }
            else if (prep.equals("of") && OF_IS_SOURCE.contains(type)) { if (src.isEmpty()) Founds.addAll(src, actors.group(m)); }
            else if (pv.isVerb(m)) {
                // "calls for Minsk to free them": a clause on the noun names its addressee as the clause's subject
                for (int who : pv.children(m, "nsubj")) Founds.addAll(tgt, actors.group(who));
            }
            else if (TARGET_PREPS.contains(prep) && !PLACE_PREPS.contains(prep)) Founds.addAll(tgt, actors.group(m));
        }
        // "Russia's Ukraine offensive", "Azerbaijan's Lachin blockade": with a source already named, a noun-modifier names the target
        // "the Singapore summit", "the Doha talks": one place name before a meeting noun is its venue (list "venue");
        // two ("the US-China talks") are its parties
        boolean venue = compounds.stream().filter(m -> pv.token(m).pos().startsWith("NNP")).count() == 1
                && CoderWords.bundled().covers("venue", type, tr.pattern().cameo());
        for (int m : compounds) {
            if (venue && "LOCATION".equals(pv.token(m).ner()) && pv.children(m, "compound").isEmpty()) continue;
            List<ActorFinder.Found> named = new ArrayList<>(actors.group(m));
            // "the Lachin corridor blockade": a place name before the noun says where, not who
            named.removeIf(f -> !"O".equals(pv.token(f.token()).ner()) && f.actor().code() != null
                    && !f.actor().code().equals(f.actor().country()) && "LOCATION".equals(pv.token(f.token()).ner()));
            if (src.isEmpty()) Founds.addAll(src, named);
            else Founds.addAll(tgt, named);
        }
        if (type.equals("ACCUSE") && src.size() > 1 && tgt.isEmpty()) mutual = true;
        return mutual;
    }

    /** Whether the noun is ranked by a superlative ("deadliest", "worst", "most violent"). */
    static boolean superlative(ParseView pv, int n) {
        for (int m : pv.children(n, "amod")) {
            if (pv.token(m).pos().equals("JJS")) return true;
            for (int a : pv.children(m, "advmod")) if (pv.token(a).pos().equals("RBS")) return true;
        }
        return false;
    }

    /** "Azerbaijan's military assault": a country and a bare sector on one noun are one actor (AZE + MIL = AZEMIL). */
    static void mergeSectors(List<ActorFinder.Found> src) {
        ActorFinder.Found country = null, sector = null;
        for (ActorFinder.Found f : src) {
            if (f.actor().country() != null && country == null) country = f;
            if (f.actor().country() == null && f.actor().sector() != null && sector == null) sector = f;
        }
        if (country == null || sector == null) return;
        Actor c = country.actor();
        ActorFinder.Found merged = c.sector() != null ? country : new ActorFinder.Found(country.token(),
                c.withSector(sector.actor().sector()), country.inferred());
        src.remove(sector);
        src.set(src.indexOf(country), merged);
    }

    /** "launched ten days of war games", "declared a state of siege": the verb above a measure or partitive noun. */
    static int partitiveVerb(ParseView pv, int n) {
        int g = pv.gov(n);
        if (g < 0 || !pv.isNoun(g) || !pv.rel(n).startsWith("nmod") || !"of".equals(pv.prep(n))) return -1;
        int v = pv.gov(g);
        if (v < 0 || !pv.isVerb(v)) return -1;
        String rel = pv.baseRel(g);
        return rel.equals("obj") || rel.equals("obl") ? v : -1;
    }
}
