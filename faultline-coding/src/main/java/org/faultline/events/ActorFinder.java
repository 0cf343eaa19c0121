package org.faultline.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.faultline.actors.Actor;
import org.faultline.actors.ActorResolver;

/**
 * Turns role tokens of one sentence into actors through the {@link ActorResolver}: coordination
 * ("France and Germany", "Hungarian and Romanian officials") gives several actors; when the head
 * word is not an actor the modifiers are searched ("a U.S. request", "the leadership of Armenia");
 * pronouns are read through an antecedent in the sentence ("its forces", "it said"), the speaker
 * ("we", quoted) or the previous sentence's main actor ("He also said ..."). An actor without a
 * country is kept only when the head word itself names actors ("troops", "protesters"), so that
 * "military exercises" does not become a military actor. One instance per sentence.
 */
final class ActorFinder {
    private static final Logger log = LoggerFactory.getLogger(ActorFinder.class);
    /** An actor found at a token; {@code inferred} when it came through a pronoun or a modifier. */
    record Found(int token, Actor actor, boolean inferred) {}

    private static final String[] MODIFIERS = {"nmod:poss", "amod", "compound", "nmod:of", "appos", "nmod:from", "nmod:in", "nmod", "dep"};
    /** Prepositions whose phrase on a noun compares or sets a time; it never says whose the noun is. */
    private static final Set<String> NOT_OWNER_PREPS = Set.of("after", "before", "than", "like", "unlike", "despite", "since",
            "until", "during", "following", "amid", "except", "besides", "beyond", "behind", "over");
    private static final Set<String> FIRST_PERSON = Set.of("we", "us", "our", "i", "me", "my", "ours");
    private static final Set<String> PLURAL = Set.of("they", "them", "their", "theirs", "we", "us", "our", "ours");
    private static final Set<String> THIRD_PERSON = Set.of("he", "she", "it", "they", "him", "her", "them", "its", "their", "his", "hers", "theirs");

    private final ActorResolver resolver;
    private final ParseView pv;
    private final LocalDate date;
    private final PreviousActors previous;
    private final int datelineEnd;
    private int speaker = -1;

    /** @param previous the main actors of the previous sentence, for pronouns without antecedent here; may be empty */
    ActorFinder(ActorResolver resolver, ParseView pv, LocalDate date, List<Actor> previous) {
        this(resolver, pv, date, new PreviousActors(previous == null ? List.of() : previous, java.util.Set.of()));
    }

    /** @param previous the main actors of the previous sentence, for pronouns without antecedent here */
    ActorFinder(ActorResolver resolver, ParseView pv, LocalDate date, PreviousActors previous) {
        this.resolver = resolver;
        this.pv = pv;
        this.date = date;
        this.previous = previous == null ? PreviousActors.NONE : previous;
        this.datelineEnd = Dateline.end(pv);
    }

    /** The token of the person speaking in the sentence ("..., Pashinyan said"), for "we" and "our". */
    void speaker(int token) { this.speaker = token; }

    /** Actors for the token and its conjuncts, in order; empty when none resolves. */
    List<Found> group(int t) {
        return group(t, 0);
    }

    private List<Found> group(int t, int depth) {
        List<Found> out = new ArrayList<>();
        if (depth > 3) return out;
        if (t < datelineEnd) { // "Yerevan/Baku, 21 September - Azerbaijan halted": the filing place is not the actor
            // the parser hangs the real subject under the dateline (as apposition or modifier): the first noun after the dash
            for (int k = datelineEnd; k < pv.size(); k++) if (pv.isNoun(k) && pv.dominates(t, k)) return group(k, depth + 1);
            return out;
        }
        if (pv.isPronoun(t)) {
            boolean plural = PLURAL.contains(pv.lowerWord(t));
            for (int ante : antecedents(t)) {
                for (Found f : group(ante, depth + 1)) {
                    addDistinct(out, new Found(t, f.actor(), true));
                    if (!plural) return out; // "it", "its", "he": one antecedent, not a coordination
                }
                if (!out.isEmpty()) return out;
            }
            String w = pv.lowerWord(t);
            // inside a quote "he" and "they" are the speaker's people, not the narrator's last actor
            if (THIRD_PERSON.contains(w) && !pv.insideQuote(t))
                for (Actor a : previous.forPronoun(w, plural)) out.add(new Found(t, a, true));
            return out;
        }
        // "the Armenian prime minister's public statements": the possessor of a thing is the actor, not the phrase
        if (pv.isNoun(t) && pv.token(t).ner().equals("O") && !namesActors(t)) {
            for (int poss : pv.children(t, "nmod:poss")) {
                if (pv.isPronoun(poss)) continue;
                List<Found> owners = group(poss, depth + 1);
                if (owners.stream().noneMatch(f -> f.actor().country() != null)) continue;
                for (Found f : owners) addDistinct(out, new Found(f.token(), f.actor(), true));
                for (int c : pv.children(t, "conj")) for (Found f : group(c, depth + 1)) addDistinct(out, f);
                return out;
            }
        }
        List<Actor> all = resolveAll(t);
        if (all.stream().anyMatch(a -> a.country() != null)) {
            for (Actor a : all) if (a.country() != null || namesActors(t)) addDistinct(out, new Found(t, a, false));
        } else {
            List<Found> viaModifier = viaModifiers(t, all.isEmpty() ? null : all.get(0), depth);
            if (!viaModifier.isEmpty()) for (Found f : viaModifier) addDistinct(out, f);
            else if (!all.isEmpty() && namesActors(t)) for (Actor a : all) addDistinct(out, new Found(t, a, false));
        }
        for (int c : pv.children(t, "conj")) for (Found f : group(c, depth + 1)) addDistinct(out, f);
        return out;
    }

    /** Country-bearing actors of the first modifier that has any, merged with the head's sector ("the Armenian ministry"). */
    private List<Found> viaModifiers(int t, Actor head, int depth) {
        List<Integer> mods = new ArrayList<>(pv.children(t, MODIFIERS));
        // "a fellow ex-Soviet country, Ukraine": an apposition names the thing itself, the other modifiers
        // only describe it; then named modifiers, and "its", "their" last
        // "its foes the US": an apposition the parser left as a bare dependent is still an apposition; other bare dependents say nothing
        mods.removeIf(m -> pv.rel(m).equals("dep") && !pv.token(m).pos().startsWith("NNP"));
        // "the second highest toll after China", "a record like Iran's": a phrase of time or comparison is not whose it is
        mods.removeIf(m -> NOT_OWNER_PREPS.contains(String.valueOf(pv.prep(m))));
        mods.sort(java.util.Comparator.comparingInt(m -> pv.isPronoun(m) ? 2 : pv.rel(m).equals("appos") || pv.rel(m).equals("dep") ? 0 : 1));
        for (int m : mods) {
            if (m == t || pv.token(m).ner().equals("DATE") || pv.isVerb(m)) continue;
            List<Found> out = new ArrayList<>();
            for (Found f : group(m, depth + 1)) {
                if (f.actor().country() == null) continue;
                out.add(new Found(f.token(), head == null ? f.actor() : withCountry(head, f.actor()), true));
            }
            if (!out.isEmpty()) return out;
        }
        return List.of();
    }

    /**
     * Gives a country-less actor ("rebels", "President X") the country of a place in its own phrase
     * ("rebels in Darfur", "refugees fleeing the war in Liberia", "a group based in Trinidad").
     */
    Found withPlaceCountry(Found f) {
        if (f.actor().country() != null) return f;
        List<Integer> places = new ArrayList<>();
        if (f.token() < 0) return f;
        for (int m : pv.children(f.token(), "nmod", "acl")) {
            String prep = pv.prep(m);
            if (prep != null && (prep.equals("in") || prep.equals("from") || prep.equals("of"))) places.add(m);
            if (pv.isVerb(m)) places.addAll(pv.children(m, "obl", "obj"));
        }
        for (int p : places) {
            List<Integer> inside = new ArrayList<>(List.of(p));
            inside.addAll(pv.children(p, "nmod:of", "appos", "compound", "nmod:in"));
            for (int m : pv.children(p, "nmod")) inside.addAll(pv.children(m, "nmod:in")); // "parties to the conflict in Iraq"
            for (int q : inside) {
                for (Actor a : resolveAll(q)) {
                    if (a.country() != null) return withCountryOf(f, a.country());
                }
            }
        }
        return f;
    }

    /**
     * "The ministry said ..." after a sentence about Azerbaijan's foreign ministry: a definite description with
     * a sector but no country refers back to the previous sentence's actor of the same sector.
     */
    Found withPreviousCountry(Found f) {
        Actor a = f.actor();
        if (a.country() != null || a.sector() == null || previous.actors().isEmpty()) return f;
        Actor prev = previous.actors().get(0);
        if (prev.country() == null || !a.sector().equals(prev.sector())) return f;
        if (f.token() < 0) return f;
        boolean definite = pv.children(f.token(), "det").stream().anyMatch(d -> pv.lemma(d).equals("the"));
        return definite ? withCountryOf(f, prev.country()) : f;
    }

    /** The same actor with the given country ("rebels" known to be Sudanese). */
    static Found withCountryOf(Found f, String country) {
        return new Found(f.token(), f.actor().withCountry(country), true);
    }

    /** True when the head word alone names actors ("troops", "officials"), not an event or thing. */
    private boolean namesActors(int t) {
        if (!pv.token(t).ner().equals("O")) return true;
        try {
            if (resolver.resolveText(pv.word(t), date).isPresent()) return true;
            // "armed men", "aid workers": a modifier and the head that together are one dictionary phrase
            int m = t - 1;
            return m >= 0 && pv.gov(m) == t && (pv.baseRel(m).equals("amod") || pv.baseRel(m).equals("compound"))
                    && resolver.resolveText(pv.word(m) + " " + pv.word(t), date).isPresent();
        } catch (RuntimeException e) {
            log.warn("actor dictionary failed on '{}' in sentence {}: {}; read as no actor", pv.word(t), pv.sentence.index(), e.toString());
            return false;
        }
    }

    private List<Actor> resolveAll(int t) {
        try {
            return resolver.resolveAll(pv.sentence, t, date);
        } catch (RuntimeException e) { // a dictionary problem must not lose the sentence's other events
            log.warn("actor dictionary failed on '{}' in sentence {}: {}; read as no actor", pv.word(t), pv.sentence.index(), e.toString());
            return List.of();
        }
    }

    /**
     * Candidate antecedents of a pronoun, nearest first. First person: the speaker. Possessives and
     * subjects: subjects of enclosing clauses that precede it ("Baku denied that its forces fired").
     * Objects ("urging them"): preceding nouns that are not their own clause's subject.
     */
    private List<Integer> antecedents(int pronoun) {
        List<Integer> out = new ArrayList<>();
        String w = pv.lowerWord(pronoun);
        if (FIRST_PERSON.contains(w)) {
            if (speaker >= 0 && speaker != pronoun) out.add(speaker);
            return out;
        }
        boolean object = Set.of("obj", "iobj", "obl").contains(pv.baseRel(pronoun));
        if (object) { // "urged the representatives ... urging them": a preceding object, not the subject
            for (int k = pronoun - 1; k >= 0; k--)
                if (pv.isNoun(k) && Set.of("obj", "obl", "iobj").contains(pv.baseRel(k)) && !out.contains(k)) out.add(k);
        }
        int own = pv.gov(pronoun);
        int guard = 0;
        for (int g = own; g >= 0 && guard++ < pv.size(); g = pv.gov(g)) {
            for (int s : pv.children(g, "nsubj", "nsubj:pass")) {
                if (s < pronoun && !pv.isPronoun(s) && !(object && g == own) && !out.contains(s)) out.add(s);
            }
        }
        return out;
    }

    /** Whether the sentence's named entities or the previous sentence's actors include a country other than {@code country}. */
    boolean mentionsOtherCountry(String country) {
        for (Actor a : previous.actors()) if (a.country() != null && !a.country().equals(country)) return true;
        for (org.faultline.nlp.Entity e : pv.sentence.entities()) {
            if (e.type().equals("DATE") || e.type().equals("NUMBER") || e.type().equals("TIME")) continue;
            try {
                java.util.Optional<Actor> a = resolver.resolveText(e.text(), date);
                if (a.isPresent() && a.get().country() != null && !a.get().country().equals(country)) return true;
            } catch (RuntimeException ex) { // an unresolvable name is no evidence either way
                log.warn("actor dictionary failed on '{}': {}; ignored", e.text(), ex.toString());
            }
        }
        return false;
    }

    /** A sector-only actor ("the ministry") made specific by a country found in its modifiers. */
    private static Actor withCountry(Actor sectorOnly, Actor country) {
        if (sectorOnly.country() != null || sectorOnly.sector() == null) return country;
        return new Actor(sectorOnly.text(), country.name(), country.country(), sectorOnly.sector(),
                Actor.code(country.country(), sectorOnly.sector()), country.wikidata());
    }

    private static void addDistinct(List<Found> out, Found f) {
        for (Found o : out) if (sameActor(o.actor(), f.actor())) return;
        out.add(f);
    }

    static boolean sameActor(Actor a, Actor b) {
        if (a == null || b == null) return false;
        return Objects.equals(a.code(), b.code()) && Objects.equals(a.name(), b.name());
    }
}
