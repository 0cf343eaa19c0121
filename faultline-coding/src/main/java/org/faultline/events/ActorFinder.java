package org.faultline.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.faultline.actors.Actor;
import org.faultline.actors.ActorResolver;

/**
 * Turns role tokens into actors through the {@link ActorResolver}: expands coordination ("France
 * and Germany" gives two actors, "Hungarian and Romanian officials" too), looks into modifiers
 * when the head word is not an actor ("a U.S. request", "the leadership of Armenia"), and reads
 * pronouns ("its forces", "it said") through their antecedent in the sentence.
 */
final class ActorFinder {
    /** An actor found at a token; {@code inferred} when it came through a pronoun or a modifier. */
    record Found(int token, Actor actor, boolean inferred) {}

    private static final String[] MODIFIERS = {"nmod:poss", "amod", "compound", "nmod:of", "appos", "nmod:from", "nmod:in", "nmod"};
    private final ActorResolver resolver;

    ActorFinder(ActorResolver resolver) { this.resolver = resolver; }

    /** Actors for the token and its conjuncts, in order; empty when none resolves. */
    List<Found> group(ParseView pv, int t, LocalDate date) {
        List<Found> out = new ArrayList<>();
        List<Integer> members = new ArrayList<>();
        members.add(t);
        for (int c : pv.children(t, "conj")) if (!members.contains(c)) members.add(c);
        for (int m : members) one(pv, m, date, 0).ifPresent(f -> addDistinct(out, f));
        // "Senior Hungarian and Romanian officials": coordinated modifiers of one head name several actors
        if (out.size() == 1 && out.get(0).token() == t) {
            for (int mod : pv.children(t, "amod", "compound", "nmod:poss")) {
                List<Integer> conj = pv.children(mod, "conj");
                if (conj.isEmpty()) continue;
                Actor head = out.get(0).actor();
                for (int c : conj) resolve(pv, c, date).ifPresent(a -> addDistinct(out, new Found(c, withSector(a, head), true)));
            }
        }
        return out;
    }

    /** One actor for the token itself, looking into its modifiers and pronoun antecedent. */
    Optional<Found> one(ParseView pv, int t, LocalDate date, int depth) {
        if (pv.isPronoun(t)) {
            int ante = antecedent(pv, t);
            if (ante >= 0 && depth < 2) return one(pv, ante, date, depth + 1).map(f -> new Found(t, f.actor(), true));
            return Optional.empty();
        }
        Optional<Actor> direct = resolve(pv, t, date);
        if (direct.isPresent() && direct.get().country() != null) return Optional.of(new Found(t, direct.get(), false));
        if (depth < 2) {
            for (int m : pv.children(t, MODIFIERS)) {
                if (m == t || pv.token(m).ner().equals("DATE")) continue;
                Optional<Found> f = one(pv, m, date, depth + 1);
                if (f.isPresent() && f.get().actor().country() != null) {
                    Actor a = direct.map(d -> withCountry(d, f.get().actor())).orElse(f.get().actor());
                    return Optional.of(new Found(t, a, true));
                }
            }
        }
        return direct.map(a -> new Found(t, a, false));
    }

    private Optional<Actor> resolve(ParseView pv, int t, LocalDate date) {
        try {
            return resolver.resolve(pv.sentence, t, date);
        } catch (RuntimeException e) { // a dictionary problem must not lose the sentence's other events
            return Optional.empty();
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
                if (s < pronoun && s != pronoun && !pv.isPronoun(s)) return s;
            }
        }
        return -1;
    }

    private static Actor withSector(Actor a, Actor head) {
        if (a.sector() != null || head.sector() == null || a.country() == null) return a;
        return new Actor(a.text(), a.name(), a.country(), head.sector(), a.country() + head.sector(), a.wikidata());
    }

    /** A sector-only actor ("the ministry") made specific by a country found in its modifiers. */
    private static Actor withCountry(Actor sectorOnly, Actor country) {
        if (sectorOnly.country() != null || sectorOnly.sector() == null) return country;
        return new Actor(sectorOnly.text(), country.name(), country.country(), sectorOnly.sector(),
                country.country() + sectorOnly.sector(), country.wikidata());
    }

    private static void addDistinct(List<Found> out, Found f) {
        for (Found o : out) if (o.token() == f.token() || sameActor(o.actor(), f.actor())) return;
        out.add(f);
    }

    static boolean sameActor(Actor a, Actor b) {
        if (a == null || b == null) return false;
        return java.util.Objects.equals(a.code(), b.code()) && java.util.Objects.equals(a.name(), b.name());
    }
}
