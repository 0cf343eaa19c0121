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
    static final List<String> TARGET_PREPS = List.of("against", "on", "upon", "at", "to", "with", "toward", "towards",
            "into", "from", "of", "for", "in", "inside", "near", "about");
    static final Set<String> PLACE_PREPS = Set.of("in", "inside", "near", "at");
    /** Prepositions that set an event in time: "after a months-long blockade" is background to the clause. */
    static final Set<String> TEMPORAL_PREPS = Set.of("after", "before", "during", "following", "since", "until", "amid",
            "despite", "ahead of", "prior to", "in the wake of");
    /**
     * Verbs whose subject does the act their event noun names ("launched an offensive", "held talks",
     * "imposed a curfew"); other verbs ("bypass the blockade", "see the talks as") do not lend their subject.
     * Listed in coder-words.tsv.
     */
    static final Set<String> LIGHT = CoderWords.bundled().list("light");

    /** Participles that describe the subject's stance, not something done to it ("is committed to"); coder-words.tsv. */
    private static final Set<String> STATIVE = CoderWords.bundled().list("stative");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("its", "their", "his", "her", "our", "my", "your");

    /**
     * Roles of one trigger; {@code mutual} when coordinated actors act on each other ("X and Y clashed").
     * {@code sourceStep} and {@code targetStep} name the {@link RoleStep} that found each role (null when none did),
     * so an event can say which path produced it.
     */
    record Roles(List<ActorFinder.Found> sources, List<ActorFinder.Found> targets, boolean mutual, String sourceStep, String targetStep) {
        Roles(List<ActorFinder.Found> sources, List<ActorFinder.Found> targets, boolean mutual) {
            this(sources, targets, mutual, null, null);
        }
    }

    private final PatternBook book;
    private final List<RoleStep> steps;

    /** The rule steps alone, in their bundled order (no learned step). */
    RoleFinder(PatternBook book) { this(book, RoleSteps.bundled(book, null)); }

    RoleFinder(PatternBook book, List<RoleStep> steps) {
        this.book = book;
        this.steps = List.copyOf(steps);
    }

    /** The names of the steps, in the order they run. */
    List<String> stepNames() { return steps.stream().map(RoleStep::name).toList(); }

    Roles find(ParseView pv, ActorFinder actors, Trigger tr, Set<Integer> eventNouns) {
        RoleStep.Context c = new RoleStep.Context(pv, actors, tr, eventNouns);
        for (RoleStep step : steps) {
            boolean hadSource = !c.src.isEmpty(), hadTarget = !c.tgt.isEmpty();
            step.apply(c);
            if (!hadSource && !c.src.isEmpty()) c.sourceStep = step.name();
            if (!hadTarget && !c.tgt.isEmpty()) c.targetStep = step.name();
        }
        List<ActorFinder.Found> src = c.src, tgt = c.tgt;
        boolean mutual = c.mutual;
        int t = tr.token();
        if (tr.pattern().has(Requirement.Kind.SWAP)) {
            List<ActorFinder.Found> from = new ArrayList<>();
            for (int o : pv.children(t, "obl")) if ("from".equals(pv.prep(o))) Founds.addAll(from, actors.group(o));
            List<ActorFinder.Found> newTgt = new ArrayList<>(src);
            src.clear();
            src.addAll(from);
            tgt.clear();
            tgt.addAll(newTgt);
            String s = c.sourceStep;
            c.sourceStep = from.isEmpty() ? null : c.targetStep;
            c.targetStep = s;
        }
        // "wounded soldiers", "detained journalists": a participle used as an adjective says what befell the noun;
        // only its own by-phrase names who did it, never the clause around it
        if (pv.baseRel(t).equals("amod") && (pv.token(t).pos().startsWith("VB") || pv.isAdjective(t)))
            src.removeIf(f -> !pv.dominates(t, f.token()));
        tgt.removeIf(f -> src.stream().anyMatch(s -> s.token() == f.token() || ActorFinder.sameActor(s.actor(), f.actor())));
        // "Yerevan and Baku fought two wars over X": for acts two parties do to each other, each is the other's target
        if (!mutual && src.size() >= 2 && symmetric(tr) && tgt.stream().allMatch(ActorFinder.Found::inferred)) tgt.clear();
        if (!mutual && tgt.isEmpty() && src.size() >= 2 && symmetric(tr)) mutual = true;
        if (!mutual && src.size() >= 2 && Reciprocal.isObject(pv, t)) { tgt.clear(); mutual = true; } // "A and B accused each other"
        return new Roles(List.copyOf(src), List.copyOf(tgt), mutual, src.isEmpty() ? null : c.sourceStep,
                tgt.isEmpty() ? null : c.targetStep);
    }

    /** Step "noun": roles written on an event noun, and the light verb that lends it its subject ("launched an offensive"). */
    void nounRoles(RoleStep.Context c) {
        if (!c.tr.nominal()) return;
        ParseView pv = c.pv;
        ActorFinder actors = c.actors;
        Trigger tr = c.tr;
        List<ActorFinder.Found> src = c.src, tgt = c.tgt;
        int t = tr.token();
        c.mutual = NominalRoles.nominal(pv, actors, tr, src, tgt) || c.mutual;
        int g = pv.gov(t);
        String rel = pv.baseRel(t);
        int partitive = NominalRoles.partitiveVerb(pv, t);
        if (partitive >= 0) { g = partitive; rel = "obj"; }
        // "launched a mediation effort", "began a military campaign": the event noun qualifies the noun the light verb takes
        if (rel.equals("compound") && g >= 0 && pv.isNoun(g) && pv.gov(g) >= 0 && pv.isVerb(pv.gov(g))
                && LIGHT.contains(pv.lemma(pv.gov(g))) && pv.baseRel(g).equals("obj")) { g = pv.gov(g); rel = "obj"; }
        boolean lends = g >= 0 && (pv.isVerb(g) && LIGHT.contains(pv.lemma(g)) || pv.isAdjective(g) && !feeling(pv, g))
                && Set.of("obj", "obl", "xcomp").contains(rel)
                && !TEMPORAL_PREPS.contains(String.valueOf(pv.prep(t))) && !Embeds.isReporting(book, pv, g);
        if (lends && !hasCountry(src)) {
            List<ActorFinder.Found> governing = new ArrayList<>();
            addAgents(pv, actors, g, c.eventNouns, governing);
            if (hasCountry(governing) || src.isEmpty()) { src.clear(); src.addAll(governing); }
        }
        if (lends && tgt.isEmpty()) verbTargets(pv, actors, g, tr, src, tgt);
        if (tgt.isEmpty()) nounComplementTargets(pv, actors, t, src, tgt);
    }

    /** "concerned over the arrests": an adjective of feeling (list "feeling"), whose subject does not do the act. */
    private static boolean feeling(ParseView pv, int adjective) {
        return CoderWords.bundled().list("feeling").contains(pv.lemma(adjective).toLowerCase(java.util.Locale.ROOT));
    }

    /** Step "clause": a verb's subject, passive agent and subject, objects, obliques and complements. */
    void clauseRoles(RoleStep.Context c) {
        if (c.tr.nominal()) return;
        ParseView pv = c.pv;
        ActorFinder actors = c.actors;
        Trigger tr = c.tr;
        List<ActorFinder.Found> src = c.src, tgt = c.tgt;
        int t = tr.token();
        addAgents(pv, actors, t, c.eventNouns, src);
        if (pv.rel(t).equals("acl:relcl") && pv.gov(t) >= 0 && !Clauses.agents(pv, t).contains(pv.gov(t))
                && !TargetPreference.beforeObject(pv, actors, t, tr, src, tgt)) // "explosions, which X blamed on Y": Y
            Founds.addAll(tgt, actors.group(pv.gov(t))); // "the leadership it backs": the noun is the object
        if (pv.baseRel(t).equals("acl") && pv.token(t).pos().equals("VBN") && pv.gov(t) >= 0)
            Founds.addAll(tgt, actors.group(pv.gov(t))); // "encounters mediated by Russia": the noun is acted on
        if (src.isEmpty() && pv.isPassive(t) && STATIVE.contains(pv.lowerWord(t)))
            for (int p : pv.children(t, "nsubj:pass")) Founds.addAll(src, actors.group(p));
        else if (pv.isPassive(t))
            for (int p : pv.children(t, "nsubj:pass", "nsubj")) if (!tr.consumed().contains(p)) Founds.addAll(tgt, actors.group(p));
        if (tgt.isEmpty()) verbTargets(pv, actors, t, tr, src, tgt);
        if (tgt.isEmpty()) complementTargets(pv, actors, t, src, tgt);
    }

    /** Step "crowd": a protest with no known source is done by the crowd its clause names. */
    static void crowdRoles(RoleStep.Context c) {
        if (c.src.isEmpty() && c.tr.pattern().type().equals("PROTEST")) c.src.addAll(crowd(c.pv, c.tr));
    }

    /**
     * "Supporters of X blocked roads", "prisoners rioted": people who protest are civilians even when the
     * dictionary does not know the word; they get a country later from the event's place.
     */
    private static List<ActorFinder.Found> crowd(ParseView pv, Trigger tr) {
        int clause = tr.nominal() && pv.gov(tr.token()) >= 0 ? pv.gov(tr.token()) : tr.token();
        for (int a : Clauses.agents(pv, clause)) {
            if (!pv.token(a).pos().equals("NNS") || !"O".equals(pv.token(a).ner())) continue;
            String text = pv.phrase(a);
            return List.of(new ActorFinder.Found(a, new org.faultline.actors.Actor(text, text, null, "CVL", "CVL", null), true));
        }
        return List.of();
    }

    /** Acts two coordinated actors do to each other: agreeing, meeting, fighting, swapping prisoners (coder-words.tsv). */
    private static boolean symmetric(Trigger tr) {
        return CoderWords.bundled().symmetric(tr.pattern().type(), tr.pattern().cameo(), tr.nominal());
    }

    /** Source of a clause: its agents; an event noun as subject lends its own source ("Baku's offensive killed"). */
    private static void addAgents(ParseView pv, ActorFinder actors, int v, Set<Integer> eventNouns, List<ActorFinder.Found> src) {
        addAgents(pv, actors, v, eventNouns, src, 0);
    }

    private static void addAgents(ParseView pv, ActorFinder actors, int v, Set<Integer> eventNouns, List<ActorFinder.Found> src, int depth) {
        int before = src.size();
        for (int a : Clauses.agents(pv, v)) {
            if (eventNouns.contains(a)) {
                boolean ranked = NominalRoles.superlative(pv, a);
                for (int m : pv.children(a, "nmod:poss", "amod", "compound", "nmod:by", "nmod:of"))
                    if (!(ranked && pv.rel(m).equals("nmod:poss"))) Founds.addAll(src, actors.group(m));
            } else {
                Founds.addAll(src, actors.group(a));
            }
        }
        // "expressed willingness to engage in talks": when the controller is an abstract noun, the clause above acts;
        // a clause whose own subject names someone the dictionary does not know ("after Jane Doe called for ...")
        // stays without a source rather than borrowing the actors of the clause it hangs from
        int g = pv.gov(v);
        if (src.size() == before && depth < 2 && g >= 0 && Set.of("xcomp", "acl", "advcl").contains(pv.baseRel(v)) && pv.isVerb(g)
                && !hasNamedSubject(pv, v))
            addAgents(pv, actors, g, eventNouns, src, depth + 1);
    }

    /** Whether the clause's own subject or agent is a name or a personal pronoun (someone definite, known or not). */
    private static boolean hasNamedSubject(ParseView pv, int v) {
        for (int a : pv.children(v, "nsubj", "nsubj:pass", "obl:agent")) {
            var t = pv.token(a);
            if (t.pos().startsWith("NNP") || t.pos().startsWith("PRP") || !"O".equals(t.ner())) return true;
        }
        return false;
    }

    private static void verbTargets(ParseView pv, ActorFinder actors, int v, Trigger tr, List<ActorFinder.Found> src, List<ActorFinder.Found> tgt) {
        int t = tr.token();
        for (int o : pv.children(v, "iobj")) Founds.addAll(tgt, actors.group(o));
        if (!tgt.isEmpty()) return;
        if (TargetPreference.beforeObject(pv, actors, v, tr, src, tgt)) return;
        for (int o : pv.children(v, "obj")) {
            if (o == t || pv.dominates(o, t)) continue; // the event noun itself ("launched [the offensive]")
            if (tr.consumed().contains(o) && !"O".equals(pv.token(o).ner())) {
                Founds.addAll(tgt, actors.group(o)); // "seized Karabakh": the place taken is the target
            } else if (tr.consumed().contains(o)) {
                for (int m : pv.children(o, "nmod")) {
                    String prep = String.valueOf(pv.prep(m));
                    if (TARGET_PREPS.contains(prep) && !venue(prep, src, tr)) Founds.addAll(tgt, actors.group(m));
                }
            } else if (!pv.isVerb(o) && !reflexive(pv, actors, o, src)) {
                Founds.addAll(tgt, actors.group(o));
            }
        }
        if (!tgt.isEmpty()) return;
        if (TargetPreference.topic(pv, actors, v, tr, src, tgt)) return;
        for (String prep : TARGET_PREPS) {
            if (venue(prep, src, tr)) continue;
            for (int o : pv.children(v, "obl", "nmod")) {
                if (o == t || pv.dominates(o, t) || !prep.equals(pv.prep(o)) || pv.token(o).ner().equals("DATE")) continue;
                for (ActorFinder.Found f : actors.group(o)) Founds.addAll(tgt, List.of(PLACE_PREPS.contains(prep) ? TargetPreference.asPlace(pv, f) : f));
            }
            if (!tgt.isEmpty()) return;
        }
    }

    /** "X and Y met in Z", "signed a deal in Z": Z is where the parties gathered, not a party (list "venue"). */
    private static boolean venue(String prep, List<ActorFinder.Found> src, Trigger tr) {
        return PLACE_PREPS.contains(prep) && (src.size() >= 2 || CoderWords.bundled().covers("venue", tr.pattern().type(), tr.pattern().cameo()));
    }

    /** "withdraw its troops", "opened their borders": the subject's own people or things are not a target. */
    private static boolean reflexive(ParseView pv, ActorFinder actors, int o, List<ActorFinder.Found> src) {
        // "met his Japanese counterpart": a phrase that names another country is someone else's, whatever "his" says
        for (ActorFinder.Found f : actors.group(o)) {
            String c = f.actor().country();
            if (c != null && src.stream().noneMatch(s -> c.equals(s.actor().country()))) return false;
        }
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
            if (!infinitive) for (int a : Clauses.agents(pv, c)) for (ActorFinder.Found f : actors.group(a)) Founds.addIfNotSource(tgt, src, f);
            if (tgt.isEmpty()) for (int o : pv.children(c, "obj")) for (ActorFinder.Found f : actors.group(o)) Founds.addIfNotSource(tgt, src, f);
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
            for (int a : Clauses.agents(pv, c)) for (ActorFinder.Found f : actors.group(a)) Founds.addIfNotSource(tgt, src, f);
            if (tgt.isEmpty()) {
                for (int o : pv.children(c, "obj", "iobj")) {
                    for (ActorFinder.Found f : actors.group(o)) Founds.addIfNotSource(tgt, src, f);
                    // "agreed to provide aid for Romania and Poland": the recipient hangs off the thing given
                    if (tgt.isEmpty()) for (int m : pv.children(o, "nmod"))
                        if (Set.of("for", "to", "against").contains(String.valueOf(pv.prep(m))))
                            for (ActorFinder.Found f : actors.group(m)) if (f.actor().country() != null) Founds.addIfNotSource(tgt, src, f);
                }
                for (int o : pv.children(c, "obl")) {
                    String p = pv.prep(o);
                    if (p != null && TARGET_PREPS.indexOf(p) >= 0 && TARGET_PREPS.indexOf(p) < 8)
                        for (ActorFinder.Found f : actors.group(o)) Founds.addIfNotSource(tgt, src, f);
                }
            }
            if (!tgt.isEmpty()) return;
        }
    }


}
