package org.faultline.actors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.faultline.nlp.Entity;
import org.faultline.nlp.Sentence;

/**
 * Separatists of a region that a de-facto entity holds are that entity's actors: "separatist
 * authorities" or "Armenian separatists" in a sentence naming Karabakh (while the NKR exists) are
 * NKR, not Armenia and not country-less. Needs the sentence's named places; gives the actor recoded
 * with the entity's code, or the actor unchanged. The rule is general: any de-facto entity of
 * {@code states.tsv} (Abkhazia, Transnistria, ...) is handled the same way.
 */
final class DefactoSeparatists {
    private static final Logger log = LoggerFactory.getLogger(DefactoSeparatists.class);
    private static final Pattern SEPARATIST = Pattern.compile("\\b(separatists?|secessionists?|breakaway)\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_PLACES = Set.of("DATE", "TIME", "NUMBER", "ORDINAL", "PERCENT", "MONEY", "DURATION", "PERSON");

    private final Lexicon lexicon;
    private final MentionInterpreter interpreter;

    DefactoSeparatists(Lexicon lexicon, MentionInterpreter interpreter) {
        this.lexicon = lexicon;
        this.interpreter = interpreter;
    }

    /** The actor, recoded to the de-facto entity named in the sentence when it is a separatist or a country-less rebel. */
    Actor apply(Actor a, Sentence s, LocalDate date) {
        if (a == null || a.text() == null) return a;
        boolean separatist = SEPARATIST.matcher(a.text()).find();
        boolean rebelWithoutCountry = "REB".equals(a.sector()) && a.country() == null;
        if (!separatist && !rebelWithoutCountry) return a;
        Optional<StateEntry> entity = defactoIn(s, date);
        if (entity.isEmpty() || entity.get().code().equals(a.country())) return a;
        String code = entity.get().code();
        return new Actor(a.text(), entity.get().name(), code, a.sector(), Actor.code(code, a.sector()), a.wikidata());
    }

    private Optional<StateEntry> defactoIn(Sentence s, LocalDate date) {
        for (Entity e : s.entities()) {
            if (NOT_PLACES.contains(e.type())) continue;
            List<String> words = Words.tokenize(e.text());
            if (words.isEmpty()) continue;
            Optional<Actor> r;
            try {
                r = interpreter.interpret(e.text(), words, words.size() - 1, date, null);
            } catch (RuntimeException ex) { // a name the dictionary cannot read says nothing about the region
                log.warn("actor dictionary failed on '{}': {}; ignored", e.text(), ex.toString());
                continue;
            }
            if (r.isEmpty() || r.get().country() == null) continue;
            Optional<StateEntry> st = lexicon.state(r.get().country());
            if (st.isPresent() && st.get().defacto() && st.get().existsOn(date)) return st;
        }
        return Optional.empty();
    }
}
