package org.faultline.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.faultline.actors.Actor;
import org.faultline.actors.ActorResolver;

/**
 * Turns role tokens into actors through the {@link ActorResolver}: coordination ("France and
 * Germany", "Hungarian and Romanian officials") gives several actors; when the head word is not an
 * actor the modifiers are searched ("a U.S. request", "the leadership of Armenia"); pronouns are
 * read through their antecedent in the sentence ("its forces", "it said"). An actor without a
 * country is kept only when the head word itself names actors ("troops", "protesters"), so that
 * "military exercises" does not become a military actor.
 */
final class ActorFinder {
    /** An actor found at a token; {@code inferred} when it came through a pronoun or a modifier. */
    record Found(int token, Actor actor, boolean inferred) {}

    private static final String[] MODIFIERS = {"nmod:poss", "amod", "compound", "nmod:of", "appos", "nmod:from", "nmod:in", "nmod"};
    private final ActorResolver resolver;

    ActorFinder(ActorResolver resolver) { this.resolver = resolver; }

    /** Actors for the token and its conjuncts, in order; empty when none resolves. */
    List<Found> group(ParseView pv, int t, LocalDate date) {
        return group(pv, t, date, 0);
    }

    private List<Found> group(ParseView pv, int t, LocalDate date, int depth) {
        List<Found> out = new ArrayList<>();
        if (depth > 2) return out;
        if (pv.isPronoun(t)) {
            int ante = antecedent(pv, t);
            if (ante >= 0) for (Found f : group(pv, ante, date, depth + 1)) out.add(new Found(t, f.actor(), true));
            return out;
        }
        List<Actor> all = resolveAll(pv, t, date);
        if (all.stream().anyMatch(a -> a.country() != null)) {
            for (Actor a : all) if (a.country() != null || namesActors(pv, t, date)) addDistinct(out, new Found(t, a, false));
            return out;
        }
        Optional<Found> viaModifier = viaModifiers(pv, t, date, all.isEmpty() ? null : all.get(0), depth);
        if (viaModifier.isPresent()) addDistinct(out, viaModifier.get());
        else if (!all.isEmpty() && namesActors(pv, t, date)) for (Actor a : all) addDistinct(out, new Found(t, a, false));
        for (int c : pv.children(t, "conj")) for (Found f : group(pv, c, date, depth + 1)) addDistinct(out, f);
        return out;
    }

    /** A country-bearing actor among the modifiers, merged with the head's sector ("the Armenian ministry"). */
    private Optional<Found> viaModifiers(ParseView pv, int t, LocalDate date, Actor head, int depth) {
        for (int m : pv.children(t, MODIFIERS)) {
            if (m == t || pv.token(m).ner().equals("DATE") || pv.isVerb(m)) continue;
            for (Found f : group(pv, m, date, depth + 1)) {
                if (f.actor().country() == null) continue;
                Actor a = head == null ? f.actor() : withCountry(head, f.actor());
                return Optional.of(new Found(t, a, true));
            }
        }
        return Optional.empty();
    }

    /**
     * Gives a country-less actor ("rebels", "President X") the country of a place in its own phrase
     * ("rebels in Darfur", "refugees fleeing the war in Liberia", "a group based in Trinidad").
     */
    Found withPlaceCountry(ParseView pv, Found f, LocalDate date) {
        if (f.actor().country() != null) return f;
        List<Integer> places = new ArrayList<>();
        for (int m : pv.children(f.token(), "nmod", "acl")) {
            String prep = pv.prep(m);
            if (prep != null && (prep.equals("in") || prep.equals("from") || prep.equals("of"))) places.add(m);
            if (pv.isVerb(m)) for (int o : pv.children(m, "obl", "obj")) places.add(o);
        }
        for (int p : places) {
            for (int q : withPlaceInside(pv, p)) {
                for (Actor a : resolveAll(pv, q, date)) {
                    if (a.country() == null) continue;
                    return new Found(f.token(), withCountry(f.actor(), new Actor(a.text(), a.name(), a.country(), null, a.country(), null)), true);
                }
            }
        }
        return f;
    }

    /** A place phrase and the names inside it ("the northern city of Kirkuk"). */
    private static List<Integer> withPlaceInside(ParseView pv, int p) {
        List<Integer> out = new ArrayList<>();
        out.add(p);
        for (int c : pv.children(p, "nmod:of", "appos", "compound", "nmod:in")) out.add(c);
        return out;
    }

    /** The same actor with the given country ("rebels" known to be Sudanese). */
    static Found withCountryOf(Found f, String country) {
        Actor a = f.actor();
        String code = country + (a.sector() == null ? "" : a.sector());
        return new Found(f.token(), new Actor(a.text(), a.name(), country, a.sector(), code, a.wikidata()), true);
    }

    /** True when the head word alone names actors ("troops", "officials"), not an event or thing. */
    private boolean namesActors(ParseView pv, int t, LocalDate date) {
        if (!pv.token(t).ner().equals("O")) return true;
        try {
            return resolver.resolveText(pv.word(t), date).isPresent();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private List<Actor> resolveAll(ParseView pv, int t, LocalDate date) {
        try {
            return resolver.resolveAll(pv.sentence, t, date);
        } catch (RuntimeException e) { // a dictionary problem must not lose the sentence's other events
            return List.of();
        }
    }

    /**
     * The noun a pronoun stands for: the nearest subject of an enclosing clause that precedes it
     * ("Baku denied that its forces fired": its = Baku; "Hungary said it will help": it = Hungary).
     */
    static int antecedent(ParseView pv, int pronoun) {
        int guard = 0;
        for (int g = pv.gov(pronoun); g >= 0 && guard++ < pv.size(); g = pv.gov(g)) {
            for (int s : pv.children(g, "nsubj", "nsubj:pass")) {
                if (s < pronoun && !pv.isPronoun(s)) return s;
            }
        }
        return -1;
    }

    /** A sector-only actor ("the ministry") made specific by a country found in its modifiers. */
    private static Actor withCountry(Actor sectorOnly, Actor country) {
        if (sectorOnly.country() != null || sectorOnly.sector() == null) return country;
        String code = country.code() != null && country.sector() == null ? country.code() + sectorOnly.sector() : country.country() + sectorOnly.sector();
        return new Actor(sectorOnly.text(), country.name(), country.country(), sectorOnly.sector(), code, country.wikidata());
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
