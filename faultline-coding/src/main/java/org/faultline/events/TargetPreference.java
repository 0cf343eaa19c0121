package org.faultline.events;

import java.util.List;
import java.util.Set;
import org.faultline.actors.Actor;

/**
 * Target choices that override the plain object/oblique reading of a verb (used by {@link RoleFinder}):
 * what is pulled out of a place targets the place ("withdraw inspectors from Iraq", "recalled its envoy
 * from Paris"), aid targets its recipient ("providing intelligence to Macedonia"), blame targets whom it is
 * put on ("blamed the blast on rebels"), a complaint targets
 * what it is about ("complained to the UN over Israeli raids"), and a capital named as the place of an
 * act stands for its people, not its government ("a curfew in Algiers").
 */
final class TargetPreference {
    private static final Set<String> REMOVAL = Set.of("RETREAT", "SANCTION");

    private TargetPreference() {}

    /** Fills {@code tgt} from the phrase the event type prefers over the object; true when it found one. */
    static boolean beforeObject(ParseView pv, ActorFinder actors, int v, Trigger tr, List<ActorFinder.Found> src,
                                List<ActorFinder.Found> tgt) {
        String type = tr.pattern().type();
        if (REMOVAL.contains(type)) return countriesAfter(pv, actors, v, Set.of("from"), src, tgt);
        if (type.equals("AID")) return countriesAfter(pv, actors, v, Set.of("to"), src, tgt);
        // "blamed the explosions on Armenian groups": with a thing as object, the on-phrase is who is blamed
        if (type.equals("ACCUSE") && !pv.children(v, "obj").isEmpty()
                && pv.children(v, "obj").stream().allMatch(o -> pv.token(o).ner().equals("O") && !pv.isPronoun(o)
                        && actors.group(o).stream().allMatch(f -> f.actor().sector() == null || f.actor().sector().equals("CVL"))))
            return countriesAfter(pv, actors, v, Set.of("on", "upon"), src, tgt);
        return false;
    }

    /** For complaints and accusations without an object: the actor of what they are about. */
    static boolean topic(ParseView pv, ActorFinder actors, int v, Trigger tr, List<ActorFinder.Found> src,
                         List<ActorFinder.Found> tgt) {
        return tr.pattern().type().equals("ACCUSE") && countriesAfter(pv, actors, v, Set.of("over", "about"), src, tgt);
    }

    /**
     * A capital found through a place preposition, recoded as the country's civilians: the mention is the capital's
     * name itself ("in Paris", "in eastern Paris"), not a word for its government ("the Armenian government").
     */
    static ActorFinder.Found asPlace(ParseView pv, ActorFinder.Found f) {
        Actor a = f.actor();
        if (!"GOV".equals(a.sector()) || a.country() == null || f.token() < 0 || !pv.token(f.token()).pos().startsWith("NNP")) return f;
        return new ActorFinder.Found(f.token(), a.withSector("CVL"), f.inferred());
    }

    private static boolean countriesAfter(ParseView pv, ActorFinder actors, int v, Set<String> preps, List<ActorFinder.Found> src,
                                          List<ActorFinder.Found> tgt) {
        for (int o : pv.children(v, "obl", "nmod")) {
            if (!preps.contains(String.valueOf(pv.prep(o)))) continue;
            for (ActorFinder.Found f : actors.group(o)) if (f.actor().country() != null) Founds.addIfNotSource(tgt, src, f);
        }
        return !tgt.isEmpty();
    }
}
