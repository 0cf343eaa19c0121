package org.faultline.events;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.faultline.nlp.Entity;

/**
 * Places an event: a location phrase attached to the trigger or its clause ("in Stepanakert",
 * "near the border town of Tegh"), resolved through the {@link PlaceResolver}; the name alone
 * when the gazetteer does not know it.
 */
final class EventPlacer {
    private static final Set<String> PLACE_PREPS = Set.of("in", "at", "near", "outside", "around", "across", "along", "inside",
            "on", "into", "throughout", "towards", "toward");
    /** "residents of X", "people in X", "traders from X": where the doers are. */
    private static final Set<String> ORIGIN_PREPS = Set.of("of", "in", "from");
    /** Entity tags of place names; the coder's one list of them. */
    static final Set<String> PLACE_NER = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "GPE");

    /** Nouns for a kind of place (list "settlement" of coder-words.tsv). */
    private static final Set<String> SETTLEMENTS = CoderWords.bundled().list("settlement");

    private EventPlacer() {}

    static Location place(ParseView pv, int trigger, int clause, PlaceResolver places) {
        List<Integer> heads = new java.util.ArrayList<>(List.of(trigger, clause));
        heads.addAll(pv.children(clause, "obj", "nsubj:pass")); // "attacked positions near Jermuk"
        // "torched cars and looted shops in Lagos": a place closing coordinated verbs places each of them
        for (int v : pv.children(clause, "conj")) if (pv.isVerb(v)) heads.add(v);
        if (pv.baseRel(clause).equals("conj") && pv.gov(clause) >= 0 && pv.isVerb(pv.gov(clause))) heads.add(pv.gov(clause));
        // "abducted him from his home in Zamfara", "during a raid in North Kivu": a place inside another phrase of the clause
        heads.addAll(pv.children(clause, "obl"));
        // "gathered in Yerevan to demand ...": a purpose clause happens where its governing act does
        // ("exploded outside a station in Quetta, killing four": the participle clause too)
        boolean participle = pv.baseRel(clause).equals("dep") && pv.token(clause).pos().equals("VBG");
        if ((pv.baseRel(clause).equals("advcl") || pv.baseRel(clause).equals("xcomp") || participle) && pv.gov(clause) >= 0
                && pv.isVerb(pv.gov(clause)))
            heads.add(pv.gov(clause));
        for (int head : heads) {
            for (int o : pv.children(head, "obl", "nmod")) {
                String prep = pv.prep(o);
                // "in front of", "outside of", "near to": a compound preposition led by a place preposition
                if (prep == null || !(PLACE_PREPS.contains(prep) || PLACE_PREPS.contains(prep.split(" ")[0]))) continue;
                Optional<Location> loc = placeAt(pv, o, places, 0);
                if (loc.isPresent()) return loc.get();
            }
        }
        // "residents of Bamenda marched": where the doers are from, when nothing else places the act
        for (int subject : pv.children(clause, "nsubj"))
            for (int o : pv.children(subject, "nmod")) {
                String prep = pv.prep(o);
                if (prep == null || !ORIGIN_PREPS.contains(prep)) continue;
                Optional<Location> loc = placeAt(pv, o, places, 1);
                if (loc.isPresent()) return loc.get();
            }
        return null;
    }

    /**
     * The place an act is done to ("seized the town of Kidal", "shelled Stepanakert"): for violence and coercion
     * with no place phrase, the object is where it happened.
     */
    static Location placeOfObject(ParseView pv, int trigger, PlaceResolver places) {
        for (int o : pv.children(trigger, "obj", "nsubj:pass")) {
            Optional<Location> loc = placeAt(pv, o, places, 0);
            if (loc.isPresent()) return loc.get();
        }
        return null;
    }

    private static Optional<Location> placeAt(ParseView pv, int t, PlaceResolver places, int depth) {
        if (PLACE_NER.contains(pv.token(t).ner())) {
            String name = entityText(pv, t);
            Optional<Location> known = places.resolve(name);
            return Optional.of(known.orElseGet(() -> new Location(name, countryInParentheses(pv, t, places), null, null)));
        }
        if (depth > 1) return Optional.empty();
        // "the town of Kaya", "Zamfara state": a kind of place names the proper noun with it, whatever its entity tag
        if (SETTLEMENTS.contains(pv.lemma(t).toLowerCase(java.util.Locale.ROOT)))
            for (int n : pv.children(t, "nmod:of", "appos", "compound"))
                if (pv.token(n).pos().startsWith("NNP")) {
                    String name = entityText(pv, n);
                    return Optional.of(places.resolve(name).orElseGet(() -> new Location(name, countryInParentheses(pv, n, places), null, null)));
                }
        // "the town of Cizre", "the region's capital Stepanakert"
        List<Integer> inner = pv.children(t, "nmod:of", "appos", "compound", "flat", "nmod");
        for (int i : inner) {
            Optional<Location> l = placeAt(pv, i, places, depth + 1);
            if (l.isPresent()) return l;
        }
        return Optional.empty();
    }

    /**
     * "the port of Piraeus (Greece)", "near Beni, North Kivu (DRC)": a place the gazetteer lacks, followed within its
     * phrase by a country in parentheses, is in that country. Null when no such parenthesis follows.
     */
    private static String countryInParentheses(ParseView pv, int place, PlaceResolver places) {
        int open = -1;
        for (int k = place + 1; k < pv.size() && k <= place + 8; k++) {
            String w = pv.word(k);
            if (w.equals("(") || w.equals("-LRB-")) { open = k; break; }
            if (pv.isVerb(k) || w.equals(".") || w.equals(";")) return null;
        }
        if (open < 0) return null;
        StringBuilder name = new StringBuilder();
        for (int k = open + 1; k < pv.size() && k <= open + 6; k++) {
            String w = pv.word(k);
            if (w.equals(")") || w.equals("-RRB-") || w.equals(",")) {
                Optional<Location> l = places.resolve(name.toString().strip());
                if (l.isPresent() && l.get().country() != null) return l.get().country();
                if (!w.equals(",")) return null;
                name.setLength(0);
                continue;
            }
            name.append(w).append(' ');
        }
        return null;
    }

    private static String entityText(ParseView pv, int t) {
        for (Entity e : pv.sentence.entities()) if (e.covers(t)) return e.text();
        return pv.word(t);
    }
}
