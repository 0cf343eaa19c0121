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
    private static final Set<String> PLACE_NER = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "GPE");

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
        if ((pv.baseRel(clause).equals("advcl") || pv.baseRel(clause).equals("xcomp")) && pv.gov(clause) >= 0 && pv.isVerb(pv.gov(clause)))
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
            return Optional.of(known.orElse(new Location(name, null, null, null)));
        }
        if (depth > 1) return Optional.empty();
        // "the town of Cizre", "the region's capital Stepanakert"
        List<Integer> inner = pv.children(t, "nmod:of", "appos", "compound", "flat", "nmod");
        for (int i : inner) {
            Optional<Location> l = placeAt(pv, i, places, depth + 1);
            if (l.isPresent()) return l;
        }
        return Optional.empty();
    }

    private static String entityText(ParseView pv, int t) {
        for (Entity e : pv.sentence.entities()) if (e.covers(t)) return e.text();
        return pv.word(t);
    }
}
