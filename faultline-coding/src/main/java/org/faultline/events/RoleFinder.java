package org.faultline.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.faultline.events.patterns.Requirement;

/**
 * Finds an event's source and target actors from the dependency parse: subject to source, object
 * or oblique to target, passive agent to source; for nominal triggers the possessor, nationality
 * adjective or by-phrase is the source and against/on/of-phrases the target, with the governing
 * verb's subject as source when the noun has none ("Baku launched an offensive against ...").
 */
final class RoleFinder {
    /** Prepositions that introduce a target, strongest first; "in" only names a target when it is an actor. */
    private static final List<String> TARGET_PREPS = List.of("against", "on", "upon", "at", "to", "with", "toward", "towards",
            "into", "over", "from", "of", "for", "in", "inside", "near");
    private static final Set<String> SYMMETRIC = Set.of("AGREE", "CONSULT", "COOPERATE", "SUPPORT", "ASSAULT", "RETREAT");
    /** Nominal types whose "of"-phrase names the actor, not the one acted on ("withdrawal of troops", "visit of the minister"). */
    private static final Set<String> OF_IS_SOURCE = Set.of("RETREAT", "MOBILIZE", "PROTEST", "CONSULT", "AGREE", "REQUEST", "REJECT");

    /** Participles that describe the subject's stance, not something done to it ("is committed to", "is opposed to"). */
    private static final Set<String> STATIVE = Set.of("committed", "opposed", "prepared", "determined", "resolved",
            "engaged", "involved", "interested", "willing", "ready");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("its", "their", "his", "her", "our", "my", "your");

    /** Roles of one trigger; {@code mutual} when coordinated actors act on each other ("X and Y clashed"). */
    record Roles(List<ActorFinder.Found> sources, List<ActorFinder.Found> targets, boolean mutual) {}

    private final ActorFinder actors;

    RoleFinder(ActorFinder actors) { this.actors = actors; }

    Roles find(ParseView pv, Trigger tr, LocalDate date, Set<Integer> eventNouns) {
        boolean swap = tr.pattern().has(Requirement.Kind.SWAP);
        List<ActorFinder.Found> src = new ArrayList<>(), tgt = new ArrayList<>();
        boolean mutual = false;
        int t = tr.token();
        if (tr.nominal()) {
            mutual = nominal(pv, tr, date, src, tgt);
            int g = pv.gov(t);
            String rel = pv.baseRel(t);
            int partitive = partitiveVerb(pv, t);
            if (partitive >= 0) { g = partitive; rel = "obj"; }
            if (!hasCountry(src) && g >= 0 && (pv.isVerb(g) || pv.isAdjective(g)) && Set.of("obj", "obl", "xcomp").contains(rel)) {
                List<ActorFinder.Found> governing = new ArrayList<>();
                addAgents(pv, g, date, eventNouns, governing);
                if (hasCountry(governing) || src.isEmpty()) { src.clear(); src.addAll(governing); }
                if (tgt.isEmpty()) verbTargets(pv, g, tr, date, src, tgt);
            }
            if (tgt.isEmpty()) nounComplementTargets(pv, t, date, src, tgt);
        } else {
            addAgents(pv, t, date, eventNouns, src);
            if (src.isEmpty() && pv.isPassive(t) && STATIVE.contains(pv.lowerWord(t)))
                for (int p : pv.children(t, "nsubj:pass")) addAll(src, actors.group(pv, p, date));
            else if (pv.isPassive(t)) for (int p : pv.children(t, "nsubj:pass")) if (!tr.consumed().contains(p)) addAll(tgt, actors.group(pv, p, date));
            if (tgt.isEmpty()) verbTargets(pv, t, tr, date, src, tgt);
            if (tgt.isEmpty()) complementTargets(pv, t, date, src, tgt);
        }
        if (swap) {
            List<ActorFinder.Found> from = new ArrayList<>();
            for (int o : pv.children(t, "obl")) if ("from".equals(pv.prep(o))) addAll(from, actors.group(pv, o, date));
            List<ActorFinder.Found> newTgt = new ArrayList<>(src);
            src.clear();
            src.addAll(from);
            tgt.clear();
            tgt.addAll(newTgt);
        }
        tgt.removeIf(f -> src.stream().anyMatch(s -> s.token() == f.token()));
        if (!mutual && tgt.isEmpty() && src.size() >= 2 && SYMMETRIC.contains(tr.pattern().type())) mutual = true;
        return new Roles(List.copyOf(src), List.copyOf(tgt), mutual);
    }

    /** Source of a clause: its agents; an event noun as subject lends its own source ("Baku's offensive killed"). */
    private void addAgents(ParseView pv, int v, LocalDate date, Set<Integer> eventNouns, List<ActorFinder.Found> src) {
        for (int a : Clauses.agents(pv, v)) {
            if (eventNouns.contains(a)) {
                for (int m : pv.children(a, "nmod:poss", "amod", "compound", "nmod:by", "nmod:of")) addAll(src, actors.group(pv, m, date));
            } else {
                addAll(src, actors.group(pv, a, date));
            }
        }
    }

    private void verbTargets(ParseView pv, int v, Trigger tr, LocalDate date, List<ActorFinder.Found> src, List<ActorFinder.Found> tgt) {
        for (int o : pv.children(v, "iobj")) addAll(tgt, actors.group(pv, o, date));
        if (!tgt.isEmpty()) return;
        List<Integer> objects = new ArrayList<>(pv.children(v, "obj"));
        for (int o : objects) {
            if (tr.consumed().contains(o)) {
                for (int m : pv.children(o, "nmod")) if (TARGET_PREPS.contains(String.valueOf(pv.prep(m)))) addAll(tgt, actors.group(pv, m, date));
            } else if (!pv.isVerb(o) && !reflexive(pv, o)) {
                addAll(tgt, actors.group(pv, o, date));
            }
        }
        if (!tgt.isEmpty()) return;
        for (String prep : TARGET_PREPS) {
            for (int o : pv.children(v, "obl", "nmod")) {
                if (!prep.equals(pv.prep(o)) || pv.token(o).ner().equals("DATE")) continue;
                addAll(tgt, actors.group(pv, o, date));
            }
            if (!tgt.isEmpty()) return;
        }
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

    /** "withdraw its troops", "opened their borders": the subject's own people or things are not a target. */
    private static boolean reflexive(ParseView pv, int o) {
        for (int p : pv.children(o, "nmod:poss")) if (POSSESSIVE_PRONOUNS.contains(pv.lowerWord(p))) return true;
        return false;
    }

    private static boolean hasCountry(List<ActorFinder.Found> found) {
        for (ActorFinder.Found f : found) if (f.actor().country() != null) return true;
        return false;
    }

    /** "its demand that Israel ease ...": the agent of a clause attached to an event noun is its target. */
    private void nounComplementTargets(ParseView pv, int n, LocalDate date, List<ActorFinder.Found> src, List<ActorFinder.Found> tgt) {
        for (int c : pv.children(n, "ccomp", "acl")) {
            if (!pv.isVerb(c)) continue;
            for (int a : Clauses.agents(pv, c)) {
                for (ActorFinder.Found f : actors.group(pv, a, date))
                    if (src.stream().noneMatch(s -> ActorFinder.sameActor(s.actor(), f.actor()))) addDistinct(tgt, f);
            }
        }
    }

    /** "urged Baku to withdraw", "demanded that the US cancel": the complement's agent is the target. */
    private void complementTargets(ParseView pv, int v, LocalDate date, List<ActorFinder.Found> src, List<ActorFinder.Found> tgt) {
        for (int o : pv.children(v, "obj", "obl")) {
            if (!pv.isNoun(o)) continue;
            nounComplementTargets(pv, o, date, src, tgt);
            if (!tgt.isEmpty()) return;
        }
        for (int c : Clauses.complements(pv, v)) {
            for (int a : Clauses.agents(pv, c)) {
                for (ActorFinder.Found f : actors.group(pv, a, date))
                    if (src.stream().noneMatch(s -> ActorFinder.sameActor(s.actor(), f.actor()))) addDistinct(tgt, f);
            }
            if (tgt.isEmpty()) {
                for (int o : pv.children(c, "obj", "iobj")) addAll(tgt, actors.group(pv, o, date));
                for (int o : pv.children(c, "obl")) {
                    String p = pv.prep(o);
                    if (p != null && TARGET_PREPS.indexOf(p) >= 0 && TARGET_PREPS.indexOf(p) < 8) addAll(tgt, actors.group(pv, o, date));
                }
                tgt.removeIf(f -> src.stream().anyMatch(s -> ActorFinder.sameActor(s.actor(), f.actor())));
            }
            if (!tgt.isEmpty()) return;
        }
    }

    /** Roles written on the noun itself; returns true for "between X and Y". */
    private boolean nominal(ParseView pv, Trigger tr, LocalDate date, List<ActorFinder.Found> src, List<ActorFinder.Found> tgt) {
        int n = tr.token();
        String type = tr.pattern().type();
        for (int m : pv.children(n, "nmod:poss", "amod", "compound")) {
            if (tr.consumed().contains(m)) continue;
            addAll(src, actors.group(pv, m, date));
        }
        boolean mutual = false;
        for (int m : pv.children(n, "nmod", "acl")) {
            String prep = pv.prep(m);
            if (prep == null) continue;
            if (prep.equals("by") || (prep.equals("from") && !type.equals("AID") && !type.equals("RETREAT"))) addAll(src, actors.group(pv, m, date));
            else if (prep.equals("between") || prep.equals("among")) { addAll(src, actors.group(pv, m, date)); mutual = src.size() > 1; }
            else if (prep.equals("of") && OF_IS_SOURCE.contains(type)) { if (src.isEmpty()) addAll(src, actors.group(pv, m, date)); }
            else if (TARGET_PREPS.contains(prep) && !prep.equals("in")) addAll(tgt, actors.group(pv, m, date));
        }
        return mutual;
    }

    private static void addAll(List<ActorFinder.Found> out, List<ActorFinder.Found> more) {
        for (ActorFinder.Found f : more) addDistinct(out, f);
    }

    private static void addDistinct(List<ActorFinder.Found> out, ActorFinder.Found f) {
        for (ActorFinder.Found o : out) if (o.token() == f.token() || ActorFinder.sameActor(o.actor(), f.actor())) return;
        out.add(f);
    }
}
