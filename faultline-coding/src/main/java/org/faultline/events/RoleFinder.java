package org.faultline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.faultline.events.patterns.PatternBook;
import org.faultline.events.patterns.Requirement;

/**
 * Finds an event's source and target actors from the dependency parse: subject to source, object
 * or oblique to target, passive agent to source; for nominal triggers the possessor, nationality
 * adjective or by-phrase is the source and against/on/of-phrases the target, with the governing
 * verb's subject as source when the noun has none ("Baku launched an offensive against ...").
 */
final class RoleFinder {
    /** Prepositions that introduce a target, strongest first; place prepositions only name a target when it is an actor. */
    private static final List<String> TARGET_PREPS = List.of("against", "on", "upon", "at", "to", "with", "toward", "towards",
            "into", "from", "of", "for", "in", "inside", "near");
    private static final Set<String> PLACE_PREPS = Set.of("in", "inside", "near", "at");
    /** Prepositions that set an event in time: "after a months-long blockade" is background to the clause. */
    static final Set<String> TEMPORAL_PREPS = Set.of("after", "before", "during", "following", "since", "until", "amid",
            "despite", "ahead of", "prior to", "in the wake of");
    /** Nominal types whose "of"-phrase names the actor, not the one acted on ("withdrawal of troops", "visit of the minister"). */
    private static final Set<String> OF_IS_SOURCE = Set.of("RETREAT", "MOBILIZE", "PROTEST", "CONSULT", "AGREE", "REQUEST", "REJECT");
    /** Participles that describe the subject's stance, not something done to it ("is committed to", "is opposed to"). */
    private static final Set<String> STATIVE = Set.of("committed", "opposed", "prepared", "determined", "resolved",
            "engaged", "involved", "interested", "willing", "ready");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("its", "their", "his", "her", "our", "my", "your");

    /** Roles of one trigger; {@code mutual} when coordinated actors act on each other ("X and Y clashed"). */
    record Roles(List<ActorFinder.Found> sources, List<ActorFinder.Found> targets, boolean mutual) {}

    private final PatternBook book;

    RoleFinder(PatternBook book) { this.book = book; }

    Roles find(ParseView pv, ActorFinder actors, Trigger tr, Set<Integer> eventNouns) {
        boolean swap = tr.pattern().has(Requirement.Kind.SWAP);
        List<ActorFinder.Found> src = new ArrayList<>(), tgt = new ArrayList<>();
        boolean mutual = false;
        int t = tr.token();
        if (tr.nominal()) {
            mutual = nominal(pv, actors, tr, src, tgt);
            int g = pv.gov(t);
            String rel = pv.baseRel(t);
            int partitive = partitiveVerb(pv, t);
            if (partitive >= 0) { g = partitive; rel = "obj"; }
            boolean lends = g >= 0 && (pv.isVerb(g) || pv.isAdjective(g)) && Set.of("obj", "obl", "xcomp").contains(rel)
                    && !TEMPORAL_PREPS.contains(String.valueOf(pv.prep(t))) && !Embeds.isReporting(book, pv, g);
            if (lends && !hasCountry(src)) {
                List<ActorFinder.Found> governing = new ArrayList<>();
                addAgents(pv, actors, g, eventNouns, governing);
                if (hasCountry(governing) || src.isEmpty()) { src.clear(); src.addAll(governing); }
            }
            if (lends && tgt.isEmpty()) verbTargets(pv, actors, g, tr, src, tgt);
            if (tgt.isEmpty()) nounComplementTargets(pv, actors, t, src, tgt);
        } else {
            addAgents(pv, actors, t, eventNouns, src);
            if (pv.rel(t).equals("acl:relcl") && pv.gov(t) >= 0 && !Clauses.agents(pv, t).contains(pv.gov(t)))
                addAll(tgt, actors.group(pv.gov(t))); // "the leadership it backs": the noun is the object
            if (pv.baseRel(t).equals("acl") && pv.token(t).pos().equals("VBN") && pv.gov(t) >= 0)
                addAll(tgt, actors.group(pv.gov(t))); // "encounters mediated by Russia": the noun is acted on
            if (src.isEmpty() && pv.isPassive(t) && STATIVE.contains(pv.lowerWord(t)))
                for (int p : pv.children(t, "nsubj:pass")) addAll(src, actors.group(p));
            else if (pv.isPassive(t))
                for (int p : pv.children(t, "nsubj:pass")) if (!tr.consumed().contains(p)) addAll(tgt, actors.group(p));
            if (tgt.isEmpty()) verbTargets(pv, actors, t, tr, src, tgt);
            if (tgt.isEmpty()) complementTargets(pv, actors, t, src, tgt);
        }
        if (swap) {
            List<ActorFinder.Found> from = new ArrayList<>();
            for (int o : pv.children(t, "obl")) if ("from".equals(pv.prep(o))) addAll(from, actors.group(o));
            List<ActorFinder.Found> newTgt = new ArrayList<>(src);
            src.clear();
            src.addAll(from);
            tgt.clear();
            tgt.addAll(newTgt);
        }
        tgt.removeIf(f -> src.stream().anyMatch(s -> s.token() == f.token() || ActorFinder.sameActor(s.actor(), f.actor())));
        // "Yerevan and Baku fought two wars over X": for acts two parties do to each other, each is the other's target
        if (!mutual && src.size() >= 2 && symmetric(tr) && tgt.stream().allMatch(ActorFinder.Found::inferred)) tgt.clear();
        if (!mutual && tgt.isEmpty() && src.size() >= 2 && symmetric(tr)) mutual = true;
        return new Roles(List.copyOf(src), List.copyOf(tgt), mutual);
    }

    /** Acts two coordinated actors do to each other: agreeing, meeting, fighting, swapping prisoners, signing. */
    private static boolean symmetric(Trigger tr) {
        String type = tr.pattern().type(), cameo = tr.pattern().cameo();
        return switch (type) {
            case "AGREE", "CONSULT", "COOPERATE", "ASSAULT", "RETREAT" -> true;
            case "SUPPORT" -> cameo.startsWith("057") || cameo.startsWith("050");
            case "ACCUSE" -> tr.nominal(); // "accusations from both sides"
            default -> false;
        };
    }

    /** Source of a clause: its agents; an event noun as subject lends its own source ("Baku's offensive killed"). */
    private static void addAgents(ParseView pv, ActorFinder actors, int v, Set<Integer> eventNouns, List<ActorFinder.Found> src) {
        addAgents(pv, actors, v, eventNouns, src, 0);
    }

    private static void addAgents(ParseView pv, ActorFinder actors, int v, Set<Integer> eventNouns, List<ActorFinder.Found> src, int depth) {
        int before = src.size();
        for (int a : Clauses.agents(pv, v)) {
            if (eventNouns.contains(a)) {
                for (int m : pv.children(a, "nmod:poss", "amod", "compound", "nmod:by", "nmod:of")) addAll(src, actors.group(m));
            } else {
                addAll(src, actors.group(a));
            }
        }
        // "expressed willingness to engage in talks": when the controller is an abstract noun, the clause above acts
        int g = pv.gov(v);
        if (src.size() == before && depth < 2 && g >= 0 && Set.of("xcomp", "acl", "advcl").contains(pv.baseRel(v)) && pv.isVerb(g))
            addAgents(pv, actors, g, eventNouns, src, depth + 1);
    }

    private static void verbTargets(ParseView pv, ActorFinder actors, int v, Trigger tr, List<ActorFinder.Found> src, List<ActorFinder.Found> tgt) {
        int t = tr.token();
        for (int o : pv.children(v, "iobj")) addAll(tgt, actors.group(o));
        if (!tgt.isEmpty()) return;
        for (int o : pv.children(v, "obj")) {
            if (o == t || pv.dominates(o, t)) continue; // the event noun itself ("launched [the offensive]")
            if (tr.consumed().contains(o)) {
                for (int m : pv.children(o, "nmod")) if (TARGET_PREPS.contains(String.valueOf(pv.prep(m)))) addAll(tgt, actors.group(m));
            } else if (!pv.isVerb(o) && !reflexive(pv, actors, o, src)) {
                addAll(tgt, actors.group(o));
            }
        }
        if (!tgt.isEmpty()) return;
        for (String prep : TARGET_PREPS) {
            if (PLACE_PREPS.contains(prep) && src.size() >= 2) continue; // "X and Y met in Z": Z is the place
            for (int o : pv.children(v, "obl", "nmod")) {
                if (o == t || pv.dominates(o, t) || !prep.equals(pv.prep(o)) || pv.token(o).ner().equals("DATE")) continue;
                addAll(tgt, actors.group(o));
            }
            if (!tgt.isEmpty()) return;
        }
    }

    /** "withdraw its troops", "opened their borders": the subject's own people or things are not a target. */
    private static boolean reflexive(ParseView pv, ActorFinder actors, int o, List<ActorFinder.Found> src) {
        for (int p : pv.children(o, "nmod:poss")) {
            if (!POSSESSIVE_PRONOUNS.contains(pv.lowerWord(p))) continue;
            List<ActorFinder.Found> owner = actors.group(p);
            if (owner.isEmpty()) return true;
            for (ActorFinder.Found f : owner)
                for (ActorFinder.Found s : src)
                    if (f.actor().country() != null && f.actor().country().equals(s.actor().country())) return true;
        }
        return false;
    }

    private static boolean hasCountry(List<ActorFinder.Found> found) {
        for (ActorFinder.Found f : found) if (f.actor().country() != null) return true;
        return false;
    }

    /** "its demand that Israel ease ...", "an offensive to retake X": the clause attached to an event noun names its target. */
    private static void nounComplementTargets(ParseView pv, ActorFinder actors, int n, List<ActorFinder.Found> src, List<ActorFinder.Found> tgt) {
        for (int c : pv.children(n, "ccomp", "acl")) {
            if (!pv.isVerb(c) || pv.rel(c).equals("acl:relcl")) continue;
            boolean infinitive = "to".equals(pv.prep(c));
            if (!infinitive) for (int a : Clauses.agents(pv, c)) for (ActorFinder.Found f : actors.group(a)) addIfNotSource(tgt, src, f);
            if (tgt.isEmpty()) for (int o : pv.children(c, "obj")) for (ActorFinder.Found f : actors.group(o)) addIfNotSource(tgt, src, f);
        }
    }

    /** "urged Baku to withdraw", "demanded that the US cancel": the complement's agent is the target. */
    private static void complementTargets(ParseView pv, ActorFinder actors, int v, List<ActorFinder.Found> src, List<ActorFinder.Found> tgt) {
        for (int o : pv.children(v, "obj", "obl")) {
            if (!pv.isNoun(o)) continue;
            nounComplementTargets(pv, actors, o, src, tgt);
            if (!tgt.isEmpty()) return;
        }
        for (int c : Clauses.complements(pv, v)) {
            for (int a : Clauses.agents(pv, c)) for (ActorFinder.Found f : actors.group(a)) addIfNotSource(tgt, src, f);
            if (tgt.isEmpty()) {
                for (int o : pv.children(c, "obj", "iobj")) for (ActorFinder.Found f : actors.group(o)) addIfNotSource(tgt, src, f);
                for (int o : pv.children(c, "obl")) {
                    String p = pv.prep(o);
                    if (p != null && TARGET_PREPS.indexOf(p) >= 0 && TARGET_PREPS.indexOf(p) < 8)
                        for (ActorFinder.Found f : actors.group(o)) addIfNotSource(tgt, src, f);
                }
            }
            if (!tgt.isEmpty()) return;
        }
    }

    /** Roles written on the noun itself; returns true for "between X and Y". */
    private static boolean nominal(ParseView pv, ActorFinder actors, Trigger tr, List<ActorFinder.Found> src, List<ActorFinder.Found> tgt) {
        int n = tr.token();
        String type = tr.pattern().type();
        List<Integer> compounds = new ArrayList<>();
        for (int m : pv.children(n, "nmod:poss", "amod", "compound")) {
            if (tr.consumed().contains(m)) continue;
            if (pv.rel(m).equals("compound")) { compounds.add(m); continue; }
            addAll(src, actors.group(m));
        }
        mergeSectors(src);
        boolean mutual = false;
        List<Integer> adjuncts = new ArrayList<>(pv.children(n, "nmod", "acl"));
        if (partitiveVerb(pv, n) >= 0) adjuncts.addAll(pv.children(pv.gov(n), "nmod")); // "the start of drills with Turkey"
        for (int m : adjuncts) {
            if (m == n) continue;
            String prep = pv.prep(m);
            if (prep == null) continue;
            if (prep.equals("by") || (prep.equals("from") && !type.equals("AID") && !type.equals("RETREAT"))) addAll(src, actors.group(m));
            else if (prep.equals("between") || prep.equals("among")) { addAll(src, actors.group(m)); mutual = src.size() > 1; }
            else if (prep.equals("of") && OF_IS_SOURCE.contains(type)) { if (src.isEmpty()) addAll(src, actors.group(m)); }
            else if (TARGET_PREPS.contains(prep) && !PLACE_PREPS.contains(prep)) addAll(tgt, actors.group(m));
        }
        // "Russia's Ukraine offensive", "Azerbaijan's Lachin blockade": with a source already named, a noun-modifier names the target
        for (int m : compounds) {
            List<ActorFinder.Found> named = new ArrayList<>(actors.group(m));
            // "the Lachin corridor blockade": a place name before the noun says where, not who
            named.removeIf(f -> !"O".equals(pv.token(f.token()).ner()) && f.actor().code() != null
                    && !f.actor().code().equals(f.actor().country()) && "LOCATION".equals(pv.token(f.token()).ner()));
            if (src.isEmpty()) addAll(src, named);
            else addAll(tgt, named);
        }
        if (type.equals("ACCUSE") && src.size() > 1 && tgt.isEmpty()) mutual = true;
        return mutual;
    }

    /** "Azerbaijan's military assault": a country and a bare sector on one noun are one actor (AZE + MIL = AZEMIL). */
    private static void mergeSectors(List<ActorFinder.Found> src) {
        ActorFinder.Found country = null, sector = null;
        for (ActorFinder.Found f : src) {
            if (f.actor().country() != null && country == null) country = f;
            if (f.actor().country() == null && f.actor().sector() != null && sector == null) sector = f;
        }
        if (country == null || sector == null) return;
        org.faultline.actors.Actor c = country.actor();
        ActorFinder.Found merged = c.sector() != null ? country : new ActorFinder.Found(country.token(),
                new org.faultline.actors.Actor(c.text(), c.name(), c.country(), sector.actor().sector(),
                        c.country() + sector.actor().sector(), c.wikidata()), country.inferred());
        src.remove(sector);
        src.set(src.indexOf(country), merged);
    }

    /** "launched ten days of war games", "declared a state of siege": the verb above a measure or partitive noun. */
    static int partitiveVerb(ParseView pv, int n) {
        int g = pv.gov(n);
        if (g < 0 || !pv.isNoun(g) || !pv.rel(n).startsWith("nmod") || !"of".equals(pv.prep(n))) return -1;
        int v = pv.gov(g);
        if (v < 0 || !pv.isVerb(v)) return -1;
        String rel = pv.baseRel(g);
        return rel.equals("obj") || rel.equals("obl") ? v : -1;
    }

    private static void addIfNotSource(List<ActorFinder.Found> tgt, List<ActorFinder.Found> src, ActorFinder.Found f) {
        if (src.stream().noneMatch(s -> ActorFinder.sameActor(s.actor(), f.actor()))) addDistinct(tgt, f);
    }

    private static void addAll(List<ActorFinder.Found> out, List<ActorFinder.Found> more) {
        for (ActorFinder.Found f : more) addDistinct(out, f);
    }

    private static void addDistinct(List<ActorFinder.Found> out, ActorFinder.Found f) {
        for (ActorFinder.Found o : out) if (o.token() == f.token() && ActorFinder.sameActor(o.actor(), f.actor())
                || ActorFinder.sameActor(o.actor(), f.actor())) return;
        out.add(f);
    }
}
