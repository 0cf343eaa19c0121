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
            "inside", "across", "throughout", "within", "along", "over", "against", "by", "after", "during", "who", "which", "that",
            "said", "says", ",");
    // Prepositions that locate a mention: "rebels in Darfur", "refugees from Syria".
    private static final Set<String> LOCATING = Set.of("in", "at", "from", "near", "inside", "throughout", "across", "within");
    private final MentionInterpreter interpreter;
    private final Lexicon lexicon;
    private final PlaceCountries places;
    private final MentionLocator locator;
    private final DefactoSeparatists separatists;

    /** A resolver that knows places only through the dictionary's states and capitals. */
    public DictionaryActorResolver(ActorDictionary dictionary) {
        this(dictionary, PlaceCountries.NONE);
    }

    /**
     * @param places place → country table (e.g. {@code org.faultline.geo.Gazetteer}) for mentions
     *               located by a place ("rebels in Darfur") and place names used as actors
     */
    public DictionaryActorResolver(ActorDictionary dictionary, PlaceCountries places) {
        Objects.requireNonNull(dictionary, "dictionary must not be null");
        this.places = Objects.requireNonNull(places, "places must not be null (use PlaceCountries.NONE)");
        this.lexicon = new Lexicon(dictionary);
        this.interpreter = new MentionInterpreter(lexicon);
        this.locator = new MentionLocator(lexicon, interpreter, places);
        this.separatists = new DefactoSeparatists(lexicon, interpreter);
    }

    /** A resolver over the bundled dictionary, without a gazetteer. */
    public static DictionaryActorResolver bundled() { return new DictionaryActorResolver(ActorDictionary.bundled()); }

    @Override
    public Optional<Actor> resolve(Sentence sentence, int headToken, LocalDate date) {
        check(sentence, headToken);
        return resolveMention(sentence, headToken, Map.of(), date).map(a -> separatists.apply(a, sentence, date));
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
                    a = a.withCountry(firstCountry);
                out.add(a);
            }
        }
        List<Actor> result = new ArrayList<>(out.size());
        for (Actor a : out) result.add(separatists.apply(a, sentence, date));
        return result;
    }

    @Override
    public Optional<Actor> resolveText(String text, LocalDate date) {
        if (text == null) throw new IllegalArgumentException("text must not be null");
        List<String> all = Words.tokenize(text);
        int stop = all.size();
        for (int i = 1; i < all.size(); i++) {
            if (STOPPERS.contains(all.get(i).toLowerCase(Locale.ROOT))) { stop = i; break; }
        }
        List<String> words = all.subList(0, stop);
        if (words.isEmpty()) return Optional.empty();
        int head = words.size() - 1;
        for (int i = 1; i < words.size(); i++) if (words.get(i).equalsIgnoreCase("of")) { head = i - 1; break; }
        Optional<Actor> actor = interpreter.interpret(text.strip(), words, head, date, null);
        if (actor.isPresent() && actor.get().country() != null) return actor;
        if (stop < all.size() - 1 && Set.of("for", "at").contains(all.get(stop).toLowerCase(Locale.ROOT))
                && interpreter.isRoleWord(words.get(head))) {
            Optional<Actor> institution = resolveText(String.join(" ", all.subList(stop + 1, all.size())), date);
            if (institution.isPresent() && institution.get().country() != null) return institution;
        }
        List<String> rest = stop < all.size() && LOCATING.contains(all.get(stop).toLowerCase(Locale.ROOT))
                ? all.subList(stop + 1, all.size()) : List.of();
        return located(actor, text.strip(), words, rest, date);
    }

    // A mention without country: take it from a locating phrase, or read the mention as a place.
    private Optional<Actor> located(Optional<Actor> actor, String text, List<String> words, List<String> location,
                                    LocalDate date) {
        // a place among the mention's own modifiers ("Darfur rebels") before a locating phrase
        Optional<String> country = actor.isPresent() ? locator.countryIn(words, date, false) : Optional.empty();
        if (country.isEmpty()) country = locator.countryIn(location, date);
        if (actor.isPresent()) return Optional.of(country.map(c -> MentionInterpreter.withCountry(actor.get(), c)).orElse(actor.get()));
        List<String> core = words.size() > 1 && words.get(0).equalsIgnoreCase("the") ? words.subList(1, words.size()) : words;
        Optional<String> placeCountry = places.countryOf(String.join(" ", core));
        // a place named as an actor stands for the people there (CAMEO codes it as civilians)
        return placeCountry.map(c -> new Actor(text, String.join(" ", core), c, "CVL", Actor.code(c, "CVL"), null));
    }

    /** Number of indexed names and phrases (for diagnostics). */
    public int phraseCount() { return lexicon.phraseCount(); }

    private Optional<Actor> resolveMention(Sentence s, int head, Map<Integer, Integer> substitute, LocalDate date) {
        MentionCollector.Mention m = MentionCollector.collect(s, head, substitute);
        Optional<Actor> a = interpret(s, m, date);
        if (a.isEmpty()) {
            for (Dependency d : s.children(head)) {
                if (d.baseRelation().equals("appos")) {
                    a = interpret(s, MentionCollector.collect(s, d.dependent(), substitute), date);
                    if (a.isPresent()) break;
                }
            }
        }
        if (a.isPresent() && a.get().country() != null) return a;
        // "a spokeswoman for the Armenian Foreign Ministry", "an official at the UN": a role word
        // speaks for the institution it is attached to
        if (interpreter.isRoleWord(s.tokens().get(head).word())) {
            for (Dependency d : s.children(head)) {
                if ((d.relation().equals("nmod:for") || d.relation().equals("nmod:at")) && d.dependent() < s.tokens().size()) {
                    Optional<Actor> institution = interpret(s, MentionCollector.collect(s, d.dependent(), Map.of()), date);
                    if (institution.isPresent() && institution.get().country() != null) return institution;
                }
            }
        }
        List<String> location = new ArrayList<>();
        for (Dependency d : s.children(head)) {
            String rel = d.relation();
            int colon = rel.indexOf(':');
            if (d.baseRelation().equals("nmod") && colon > 0 && LOCATING.contains(rel.substring(colon + 1))) {
                if (d.dependent() >= s.tokens().size()) continue;
                for (int t : MentionCollector.collect(s, d.dependent(), Map.of()).tokens()) location.add(s.tokens().get(t).word());
            }
        }
        List<String> words = m.tokens().stream().map(i -> s.tokens().get(i).word()).toList();
        boolean place = s.entityAt(head).map(e -> !e.type().equals("PERSON") && !e.type().equals("ORGANIZATION")).orElse(false);
        if (a.isEmpty() && !place) words = List.of();
        return located(a, MentionCollector.text(s, m.tokens()), words, location, date);
    }

    private Optional<Actor> interpret(Sentence s, MentionCollector.Mention m, LocalDate date) {
        List<String> words = m.tokens().stream().map(i -> word(s.tokens().get(i))).toList();
        String personName = s.entityAt(m.head()).filter(e -> e.type().equals("PERSON")).map(Entity::text).orElse(null);
        return interpreter.interpret(MentionCollector.text(s, m.tokens()), words, m.headPosition(), date, personName);
    }

    // Plural common nouns the dictionary lists only in the singular ("sides", "envoys") are looked
    // up by their lemma.
    private String word(org.faultline.nlp.Token t) {
        if (t.pos().equals("NNS") && !lexicon.knowsWord(t.word()) && lexicon.knowsWord(t.lemma())) return t.lemma();
        return t.word();
    }

    private static void check(Sentence sentence, int headToken) {
        if (sentence == null) throw new IllegalArgumentException("sentence must not be null");
        if (headToken < 0 || headToken >= sentence.tokens().size())
            throw new IllegalArgumentException("head token " + headToken + " is outside sentence " + sentence.index()
                    + " with " + sentence.tokens().size() + " tokens");
    }
}
