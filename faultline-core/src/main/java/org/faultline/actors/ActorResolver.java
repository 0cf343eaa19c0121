package org.faultline.actors;

import java.time.LocalDate;
import java.util.Optional;
import org.faultline.nlp.Sentence;

/**
 * Resolves actor mentions to {@link Actor}s through a dictionary. The event coder depends on this
 * contract only, so dictionaries can be swapped or extended with a user's own files.
 */
public interface ActorResolver {
    /**
     * Resolves the mention headed by {@code headToken} in {@code sentence} (the head with its
     * compounds, adjectival modifiers and possessors as the parse gives them).
     *
     * @param date the report date, so holders of an office resolve as of that day; may be null
     */
    Optional<Actor> resolve(Sentence sentence, int headToken, LocalDate date);

    /**
     * All actors named by the mention headed by {@code headToken}, expanding coordination ("France and
     * Germany", "Armenian and Azerbaijani troops"). The default gives the single {@link #resolve} result;
     * dictionaries that understand coordination override it.
     */
    default java.util.List<Actor> resolveAll(Sentence sentence, int headToken, LocalDate date) {
        return resolve(sentence, headToken, date).map(java.util.List::of).orElse(java.util.List.of());
    }

    /** Resolves free text ("the Azerbaijani defence ministry", "Pashinyan") as of {@code date}. */
    Optional<Actor> resolveText(String text, LocalDate date);
}
