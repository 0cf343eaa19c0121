package org.faultline.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.faultline.actors.Lexicon.Lex;
import org.faultline.actors.Lexicon.StateLex;
import org.faultline.actors.Lexicon.StateRole;

/**
 * Finds the country a location phrase names, for mentions that have none of their own
 * ("rebels in Darfur", "refugees from Syria", "Darfur rebels").
 */
final class MentionLocator {
    private final Lexicon lexicon;
    private final MentionInterpreter interpreter;
    private final PlaceCountries places;

    MentionLocator(Lexicon lexicon, MentionInterpreter interpreter, PlaceCountries places) {
        this.lexicon = lexicon;
        this.interpreter = interpreter;
        this.places = places;
    }

    /**
     * The country a location phrase names ("Darfur", "the Ivory Coast", "southern Serbia"): a
     * state word from the dictionary, else the longest run of capitalised words the place table knows.
     */
    Optional<String> countryIn(List<String> words, LocalDate date) {
        return countryIn(words, date, true);
    }

    /** As {@link #countryIn(List, LocalDate)}; without dictionary states when the
     *  words are the mention itself, whose state words were already weighed. */
    Optional<String> countryIn(List<String> words, LocalDate date, boolean useDictionaryStates) {
        StateEntry demonym = null;
        for (PhraseIndex.Match<Lex> m : useDictionaryStates ? lexicon.scan(words) : List.<PhraseIndex.Match<Lex>>of()) {
            Lex lex = lexicon.choose(m.values(), date).orElse(null);
            if (lex instanceof StateLex s) {
                if (s.role() == StateRole.DEMONYM) {
                    if (demonym == null) demonym = s.state();
                    continue;
                }
                return Optional.of(s.state().code()); // the actor has a sector: an organ, see MentionInterpreter
            }
        }
        for (int len = Math.min(4, words.size()); len >= 1; len--) {
            for (int i = 0; i + len <= words.size(); i++) {
                List<String> span = words.subList(i, i + len);
                if (!Character.isUpperCase(span.get(0).charAt(0)) || !Character.isUpperCase(span.get(len - 1).charAt(0))) continue;
                Optional<String> c = places.countryOf(String.join(" ", span));
                if (c.isPresent()) return c;
            }
        }
        return demonym == null ? Optional.empty() : Optional.of(interpreter.existing(demonym, date).code());
    }
}
