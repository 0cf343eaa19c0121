package org.faultline.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.faultline.nlp.Dependency;
import org.faultline.nlp.Entity;
import org.faultline.nlp.Sentence;

/**
 * {@link ActorResolver} backed by an {@link ActorDictionary}. Needs a parsed {@link Sentence}
 * (tokens, entities, dependencies) for {@link #resolve}; {@link #resolveText} works on plain text.
 * Gives actors with country (ISO alpha-3 / IGO / NGO / documented de-facto code), PLOVER sector and
 * CAMEO-style code; see {@link MentionInterpreter} for the rules. Thread-safe and immutable.
 */
public final class DictionaryActorResolver implements ActorResolver {
    // Words that end the core of a free-text mention ("troops in Karabakh" -> "troops").
    private static final Set<String> STOPPERS = Set.of("in", "at", "from", "for", "to", "on", "with", "near",
            "inside", "across", "along", "over", "against", "by", "after", "during", "who", "which", "that",
            "said", "says", ",");
    private final MentionInterpreter interpreter;
    private final Lexicon lexicon;

    public DictionaryActorResolver(ActorDictionary dictionary) {
        Objects.requireNonNull(dictionary, "dictionary must not be null");
        this.lexicon = new Lexicon(dictionary);
        this.interpreter = new MentionInterpreter(lexicon);
    }

    /** A resolver over the bundled dictionary. */
    public static DictionaryActorResolver bundled() { return new DictionaryActorResolver(ActorDictionary.bundled()); }

    @Override
    public Optional<Actor> resolve(Sentence sentence, int headToken, LocalDate date) {
        check(sentence, headToken);
        return resolveMention(sentence, headToken, Map.of(), date);
    }

    /**
     * All actors of the mention headed by {@code headToken}, expanding coordination: conjoined
     * heads ("France and Germany") and conjoined modifiers ("Armenian and Azerbaijani troops")
     * give one actor each; a conjunct with a sector but no country takes the first one's country
     * ("Azerbaijani troops and police"). Empty when nothing resolves.
     */
    public List<Actor> resolveAll(Sentence sentence, int headToken, LocalDate date) {
        check(sentence, headToken);
        Set<Actor> out = new LinkedHashSet<>();
        MentionCollector.Mention m = MentionCollector.collect(sentence, headToken, Map.of());
        List<Integer> conjoined = MentionCollector.conjoinedModifiers(sentence, m);
        if (conjoined.isEmpty()) {
            resolveMention(sentence, headToken, Map.of(), date).ifPresent(out::add);
        } else {
            int mod = conjoined.get(0);
            resolveMention(sentence, headToken, Map.of(), date).ifPresent(out::add);
            for (int c : MentionCollector.conjuncts(sentence, mod))
                resolveMention(sentence, headToken, Map.of(mod, c), date).ifPresent(out::add);
        }
        String firstCountry = out.stream().map(Actor::country).filter(Objects::nonNull).findFirst().orElse(null);
        for (int c : MentionCollector.conjuncts(sentence, headToken)) {
            for (Actor a : resolveAll(sentence, c, date)) {
                if (a.country() == null && firstCountry != null)
                    a = new Actor(a.text(), a.name(), firstCountry, a.sector(),
                            MentionInterpreter.code(firstCountry, a.sector(), null, null), a.wikidata());
                out.add(a);
            }
        }
        return new ArrayList<>(out);
    }

    @Override
    public Optional<Actor> resolveText(String text, LocalDate date) {
        if (text == null) throw new IllegalArgumentException("text must not be null");
        List<String> words = new ArrayList<>(Words.tokenize(text));
        int stop = words.size();
        for (int i = 1; i < words.size(); i++) {
            if (STOPPERS.contains(words.get(i).toLowerCase(Locale.ROOT))) { stop = i; break; }
        }
        words = words.subList(0, stop);
        while (!words.isEmpty() && words.get(words.size() - 1).equals(",")) words = words.subList(0, words.size() - 1);
        if (words.isEmpty()) return Optional.empty();
        int head = words.size() - 1;
        for (int i = 1; i < words.size(); i++) if (words.get(i).equalsIgnoreCase("of")) { head = i - 1; break; }
        return interpreter.interpret(text.strip(), words, head, date, null);
    }

    /** Number of indexed names and phrases (for diagnostics). */
    public int phraseCount() { return lexicon.phraseCount(); }

    private Optional<Actor> resolveMention(Sentence s, int head, Map<Integer, Integer> substitute, LocalDate date) {
        MentionCollector.Mention m = MentionCollector.collect(s, head, substitute);
        Optional<Actor> a = interpret(s, m, date);
        if (a.isPresent()) return a;
        for (Dependency d : s.children(head)) {
            if (d.baseRelation().equals("appos")) {
                a = interpret(s, MentionCollector.collect(s, d.dependent(), substitute), date);
                if (a.isPresent()) return a;
            }
        }
        return Optional.empty();
    }

    private Optional<Actor> interpret(Sentence s, MentionCollector.Mention m, LocalDate date) {
        List<String> words = m.tokens().stream().map(i -> s.tokens().get(i).word()).toList();
        String personName = s.entityAt(m.head()).filter(e -> e.type().equals("PERSON")).map(Entity::text).orElse(null);
        return interpreter.interpret(MentionCollector.text(s, m.tokens()), words, m.headPosition(), date, personName);
    }

    private static void check(Sentence sentence, int headToken) {
        if (sentence == null) throw new IllegalArgumentException("sentence must not be null");
        if (headToken < 0 || headToken >= sentence.tokens().size())
            throw new IllegalArgumentException("head token " + headToken + " is outside sentence " + sentence.index()
                    + " with " + sentence.tokens().size() + " tokens");
    }
}
