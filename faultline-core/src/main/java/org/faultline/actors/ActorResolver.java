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

    /** Resolves free text ("the Azerbaijani defence ministry", "Pashinyan") as of {@code date}. */
    Optional<Actor> resolveText(String text, LocalDate date);
}
