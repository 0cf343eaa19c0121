package org.faultline.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.faultline.actors.Actor;
import org.faultline.events.cameo.CameoEntry;
import org.faultline.events.cameo.CameoTable;
import org.faultline.events.patterns.Pattern;

/**
 * Assembles drafts for one trigger from its roles and reading: applies the intent rule, looks up
 * Goldstein and quad, dates and places the event, and splits compound actors into one event per
 * (source, target) pair.
 */
final class EventBuilder {
    /** CAMEO 111, criticise or denounce: what an "attack" on words is. */
    private static final String CRITICISE = "111";
    /** CAMEO 141, demonstrate or rally. */
    private static final String DEMONSTRATE = "141";
    private static final String STRIKE = "143";
    private final CameoTable cameo;
    private final PlaceResolver places;

    EventBuilder(CameoTable cameo, PlaceResolver places) {
        this.cameo = cameo;
        this.places = places;
    }

    CameoTable cameo() { return cameo; }

    List<Draft> build(ParseView pv, ActorFinder actors, Trigger tr, int clause, RoleFinder.Roles roles, Reading reading,
                      Actor claimedBy, LocalDate reportDate) {
        Pattern p = tr.pattern();
        String type = p.type(), code = p.cameo(), triggerText = triggerText(pv, tr);
        Factuality f = reading.factuality();
        if (reading.isIntent()) {
            String[] tc = IntentCodes.intended(type, code, reading.negated());
            type = tc[0];
            code = tc[1];
            triggerText = pv.word(reading.intent()) + (reading.negated() ? " not " : " ") + triggerText;
            if (f == Factuality.NEGATED) f = Factuality.ASSERTED;
        }
        // "X must withdraw", "the court should accept the demand": what someone ought to do is asked for, not done
        if (reading.obligation() && (f == Factuality.REPORTED || f == Factuality.ASSERTED)) f = Factuality.PROPOSED;
        // "his attack on the magazine", "attacked the report": force is not used on words or on works that print them
        String mode = p.mode();
        if (type.equals("ASSAULT") && aimedAtWords(pv, tr)) {
            type = "ACCUSE";
            code = CRITICISE;
            mode = null;
        }
        List<ActorFinder.Found> sources = roles.sources(), targets = roles.targets();
        // "residents protested against power cuts": a protest by people, not by a state or its office, is a demonstration
        // (CAMEO 141), not an official complaint (114)
        if (type.equals("ACCUSE") && "protest".equals(pv.lemma(tr.token())) && !tr.nominal() && byCrowd(pv, sources)) {
            type = "PROTEST";
            code = DEMONSTRATE;
            mode = "demo";
        }
        // "workers went on strike", "traders staged a strike": a strike by people is a work stoppage (CAMEO 143), not an attack
        if (type.equals("ASSAULT") && WORDS.list("stoppage").contains(pv.lemma(tr.token())) && byCrowd(pv, sources)) {
            type = "PROTEST";
            code = STRIKE;
            mode = "strike";
        }
        // someone announcing their own plan or act is asserting it, not reporting another's claim
        if (f == Factuality.REPORTED && claimedBy != null && !sources.isEmpty() && reading.isIntent()
                && ActorFinder.sameActor(claimedBy, sources.get(0).actor())) {
            f = Factuality.ASSERTED;
            claimedBy = null;
        }
        if (f == Factuality.ASSERTED) claimedBy = null;
        CameoEntry entry = cameo.require(code);
        EventDater.Dated dated = EventDater.date(pv, tr.token(), clause, reportDate);
        Location location = EventPlacer.place(pv, tr.token(), clause, places);
        if (location == null && !tr.nominal() && WORDS.covers("placed", type, code)) location = EventPlacer.placeOfObject(pv, tr.token(), places);
        boolean placeLocatesSource = !WORDS.covers("unaimed", type, code) || WORDS.covers("local", type, code);
        sources = located(actors, sources, placeLocatesSource ? location : null, null, type);
        targets = located(actors, targets, location, sources.isEmpty() ? null : sources.get(0), type);
        // "residents protested against power cuts in Karachi": people do not protest against themselves; the protest is
        // aimed at their own country's authorities (filled in below)
        if (type.equals("PROTEST") && !sources.isEmpty()) {
            List<ActorFinder.Found> src = sources;
            targets = new ArrayList<>(targets);
            targets.removeIf(t -> src.stream().anyMatch(s -> ActorFinder.sameActor(s.actor(), t.actor())));
        }
        if (targets.isEmpty() && WORDS.covers("domestic", type, code) && !sources.isEmpty() && !aboutStatement(pv, tr) && isDomestic(actors, sources.get(0), type)
                && (type.equals("PROTEST") || type.equals("COERCE") || sources.get(0).actor().sector() != null))
            targets = implicitDomestic(sources.get(0));
        if (domesticAuthority(type, code) && !targets.isEmpty() && targets.get(0).actor().country() != null)
            sources = located(actors, sources, null, targets.get(0), "-");
        List<Draft> out = new ArrayList<>();
        for (Pair pair : pairs(pv, sources, targets, roles.mutual(), WORDS.covers("inward", type, code))) {
            double conf = confidence(p, pair, reading);
            out.add(new Draft(tr.token(), triggerText, type, mode, p.context(), code, entry.goldstein(), entry.quad(),
                    actor(pair.source), actor(pair.target), dated.date(), dated.precision(), location, f, claimedBy, conf));
        }
        return out;
    }

    /** Type lists of coder-words.tsv: unaimed (victim's country never guessed from the attacker's), domestic, authority. */
    private static final CoderWords WORDS = CoderWords.bundled();
    /**
     * Protest and repression with no stated target are directed at the source's own country (its government,
     * its population): "students staged a hunger strike", "police blew up power lines"; so are a domestic
     * authority's refusals, threats and concessions when no other country is in view ("the president threatened
     * to impose a curfew", "the district administration denied the permit"). The PLOVER gold records code them
     * so; the target is the bare country, marked as inferred. Types: list "domestic" of coder-words.tsv.
     */

    /** Sources all of a sector that protests in the street (list "crowd": civilians, workers, students ...). */
    private static boolean byCrowd(ParseView pv, List<ActorFinder.Found> sources) {
        return !sources.isEmpty() && sources.stream().allMatch(s -> s.actor().sector() != null
                ? WORDS.list("crowd").contains(s.actor().sector().toLowerCase(java.util.Locale.ROOT))
                : peopleOfCountry(pv, s));
    }

    /** "thousands of Georgians": a plural naming a nation's people, not the state ("Georgia"). */
    private static boolean peopleOfCountry(ParseView pv, ActorFinder.Found s) {
        return s.token() >= 0 && !s.inferred() && (pv.token(s.token()).pos().equals("NNPS") || pv.token(s.token()).pos().equals("NNS"));
    }

    /**
     * Acts only a state's own authorities do to its people or institutions: yielding to demands, repression,
     * judicial investigation; protest is mostly aimed at one's own government. "President X conceded to UNITA's
     * demands" makes X Angolan when the dictionary does not know X, "fundamentalists struck to demand the
     * Algerian president's resignation" makes them Algerian. Types and codes: list "authority" of coder-words.tsv.
     */
    private static boolean domesticAuthority(String type, String cameo) {
        return WORDS.covers("authority", type, cameo);
    }

    /**
     * Whether an untargeted act is plausibly aimed at the source's own country: the source is a group within a
     * state (police, students, a ministry), not the state itself or a "side" of a dispute; police, rebels and crowds
     * protesting or coercing act at home, while a government's acts count as domestic only when no other country is
     * named in the sentence or the one before ("Armenia obstructs the efforts", "barriers imposed by the Armenian
     * side" are aimed at the other party, which the sentence leaves implicit).
     */
    private static boolean isDomestic(ActorFinder actors, ActorFinder.Found source, String type) {
        Actor s = source.actor();
        String text = s.text() == null ? "" : s.text().toLowerCase(java.util.Locale.ROOT);
        if (s.country() == null || s.sector() == null && !text.contains(" ")) return false; // "Armenia" itself, not "Algerian landowners"
        if (text.matches(".*\\b(side|sides)\\b.*")) return false;
        // police, rebels, crowds protesting or coercing act at home whatever else the sentence names
        boolean streetLevel = (type.equals("PROTEST") || type.equals("COERCE")) && !"GOV".equals(s.sector());
        return streetLevel || !actors.mentionsOtherCountry(s.country());
    }

    /**
     * "Baku denied the report", "rejected the accusation": the act is aimed at words said, by whoever said them,
     * not at the source's own country; such a target is left empty. Statement nouns: coder-words.tsv.
     */
    private static boolean aboutStatement(ParseView pv, Trigger tr) {
        java.util.Set<String> statement = CoderWords.bundled().list("statement");
        for (int o : pv.children(tr.token(), "obj", "nsubj:pass")) if (statement.contains(pv.lemma(o))) return true;
        return false;
    }

    /** Whether an attack's object is a statement or a work (lists "statement" and "works" of coder-words.tsv). */
    private static boolean aimedAtWords(ParseView pv, Trigger tr) {
        java.util.Set<String> statement = CoderWords.bundled().list("statement"), works = CoderWords.bundled().list("works");
        List<Integer> aimed = new ArrayList<>(pv.children(tr.token(), "obj", "nsubj:pass"));
        if (tr.nominal())
            for (int m : pv.children(tr.token(), "nmod")) if ("on".equals(pv.prep(m)) || "against".equals(pv.prep(m))) aimed.add(m);
        for (int o : aimed) {
            String lemma = pv.lemma(o);
            if (statement.contains(lemma) || works.contains(lemma)) return true;
        }
        return false;
    }

    private static List<ActorFinder.Found> implicitDomestic(ActorFinder.Found source) {
        Actor s = source.actor();
        if (s.country() == null || s.country().matches("IGO|NGO|IMG")) return List.of();
        Actor country = Actor.ofCountry(s.country());
        return List.of(new ActorFinder.Found(-1, country, true));
    }

    /**
     * Country inheritance for actors named only by their role ("the rebels", "President X"): the place in
     * their own phrase, else the event's place (for sources not in attacks, threats or mobilisations,
     * which are launched from elsewhere), else for targets of non-violent acts the source's country, as
     * reports of domestic politics leave it implicit. Inherited actors count as inferred.
     */
    private static List<ActorFinder.Found> located(ActorFinder actors, List<ActorFinder.Found> found, Location location,
                                                    ActorFinder.Found source, String type) {
        List<ActorFinder.Found> out = new ArrayList<>(found.size());
        for (ActorFinder.Found f : found) {
            ActorFinder.Found g = actors.withPreviousCountry(actors.withPlaceCountry(f));
            if (g.actor().country() == null && g.actor().sector() != null) {
                if (location != null && location.country() != null)
                    g = ActorFinder.withCountryOf(g, location.country());
                else if (source != null && (!WORDS.covers("unaimed", type, null) || "COP".equals(source.actor().sector())) // police act at home
                        && source.actor().country() != null
                        && !source.actor().country().matches("IGO|NGO|IMG"))
                    g = ActorFinder.withCountryOf(g, source.actor().country());
            }
            out.add(g);
        }
        return out;
    }

    private record Pair(ActorFinder.Found source, ActorFinder.Found target) {}

    /**
     * @param inward whether the act is one a body does to its own members (list "inward": "authorities detained the mayor",
     *               "the army arrested two officers"): then a target of the same code named by another phrase stays
     */
    private static List<Pair> pairs(ParseView pv, List<ActorFinder.Found> sources, List<ActorFinder.Found> targets, boolean mutual,
                                    boolean inward) {
        List<Pair> out = new ArrayList<>();
        if (mutual) {
            for (ActorFinder.Found s : sources) for (ActorFinder.Found t : sources)
                if (s != t && !java.util.Objects.equals(s.actor().code(), t.actor().code())) out.add(new Pair(s, t));
            if (!out.isEmpty()) return out;
        }
        List<ActorFinder.Found> ss = sources.isEmpty() ? java.util.Collections.singletonList(null) : sources;
        List<ActorFinder.Found> ts = targets.isEmpty() ? java.util.Collections.singletonList(null) : targets;
        List<ActorFinder.Found> selfTargeted = new ArrayList<>();
        for (ActorFinder.Found s : ss) for (ActorFinder.Found t : ts) {
            boolean implicit = t != null && t.token() < 0;
            // "the president imposed a curfew in Algiers": a capital named beside its own government is the place, not a reflexive target
            boolean sameCode = s != null && t != null && !implicit && s.token() != t.token() && s.actor().code() != null
                    && s.actor().code().equals(t.actor().code());
            if (sameCode && inward && t.token() >= 0 && !pv.token(t.token()).ner().equals("LOCATION") && !t.inferred()) {
                out.add(new Pair(s, t));
                continue;
            }
            if (sameCode) t = TargetPreference.asPlace(pv, t);
            if (s != null && t != null && !implicit && s.token() == t.token()) continue;
            // "thousands of women marched in Santiago": a target coded like the source is no target; the act stays
            if (s != null && t != null && !implicit && s.actor().code() != null && s.actor().code().equals(t.actor().code())) {
                selfTargeted.add(s);
                continue;
            }
            // "Yerevan asked ... the link between Armenia and ...": a named bare country of the source's own is not its target
            if (s != null && t != null && !implicit && (t.actor().sector() == null && s.actor().country() != null
                    && s.actor().country().equals(t.actor().country()) || ownOrgan(s.actor(), t.actor()))) {
                selfTargeted.add(s); // the act stays, without the false target, unless it has a real one
                continue;
            }
            out.add(new Pair(s, t));
        }
        for (ActorFinder.Found s : selfTargeted) if (out.stream().noneMatch(p -> p.source == s)) out.add(new Pair(s, null));
        return out;
    }

    /**
     * "Britain will not blink in talks, its chief negotiator said", "the EU will finance ships, its commissioner said":
     * a state's (or body's) own organs are not the target of its acts; the actor code of the target extends the
     * source's (GBR and GBRGOV, IGOEUR and IGOEURCOM) and names an office (list "organ" of coder-words.tsv), not
     * its people, whom a state does act upon (arrests, curfews).
     */
    static boolean ownOrgan(Actor source, Actor target) {
        String s = source.code(), t = target.code();
        if (s == null || t == null || s.equals(t) || !t.startsWith(s)) return false;
        return target.sector() != null && WORDS.list("organ").contains(target.sector().toLowerCase(java.util.Locale.ROOT))
                || s.startsWith("IGO");
    }

    private static Actor actor(ActorFinder.Found f) { return f == null ? null : f.actor(); }

    /** Evidence-based: both actors known with a country, a specific pattern, no inference through pronouns. */
    private static double confidence(Pattern p, Pair pair, Reading reading) {
        double c = 0.35;
        if (pair.source != null && pair.source.actor().country() != null) c += 0.25;
        else if (pair.source != null) c += 0.1;
        if (pair.target != null && pair.target.actor().country() != null) c += 0.2;
        else if (pair.target != null) c += 0.08;
        c += Math.min(0.1, 0.05 * p.specificity());
        if ((pair.source != null && pair.source.inferred()) || (pair.target != null && pair.target.inferred())) c -= 0.05;
        if (reading.cue() >= 0 && reading.claimant() < 0) c -= 0.05;
        return Math.max(0.05, Math.min(0.99, Math.round(c * 100) / 100.0));
    }

    private static String triggerText(ParseView pv, Trigger tr) {
        StringBuilder sb = new StringBuilder(pv.word(tr.token()));
        for (int c : new java.util.TreeSet<>(tr.consumed())) {
            if (c > tr.token()) sb.append(' ').append(pv.word(c));
            else sb.insert(0, pv.word(c) + " ");
        }
        return sb.toString();
    }
}
