package org.faultline.events;

import java.util.List;
import java.util.Set;
import org.faultline.actors.Actor;

/**
 * The main actors of the sentence just before, for a pronoun with no antecedent in its own sentence
 * ("He also said ..."). {@code persons} are those named by a person's name: "he" and "she" reach
 * only them, so that "He was captured" after "attacks on US embassies" does not become the embassies.
 *
 * @param actors  distinct sources of the previous sentence's first coded trigger, in order
 * @param persons the subset named by a person's name
 */
record PreviousActors(List<Actor> actors, Set<Actor> persons) {
    static final PreviousActors NONE = new PreviousActors(List.of(), Set.of());
    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "his", "her", "hers");

    PreviousActors {
        actors = List.copyOf(actors);
        persons = Set.copyOf(persons);
    }

    /** The actors a third-person pronoun may refer to: all for "they", the first if not a person for "it", the first if a person for "he". */
    List<Actor> forPronoun(String lowerWord, boolean plural) {
        if (actors.isEmpty()) return List.of();
        if (plural) return actors;
        if (PERSONAL.contains(lowerWord)) return persons.contains(actors.get(0)) ? actors.subList(0, 1) : List.of();
        // "it" is a state or a body, never the person just named
        return persons.contains(actors.get(0)) ? List.of() : actors.subList(0, 1);
    }
}
