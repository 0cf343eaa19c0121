package org.faultline.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.faultline.learn.roles.DepTree;
import org.faultline.learn.roles.RoleModel;
import org.faultline.learn.roles.RoleTagger;

/**
 * Steps "learned-target" and "learned-source": when the rules found one side of a dyad with a
 * country but left the other empty, the trained role model ({@link org.faultline.learn.roles})
 * scores the sentence's noun phrases against the trigger, and the likeliest phrase the actor
 * dictionary resolves with a country fills the empty role. It never overrides a role the rules
 * found, and never codes a trigger the rules found no country actor for (measured on the PLOVER
 * gold: that cost more type precision than it gained).
 */
final class LearnedRoleStep implements RoleStep {
    static final String TARGET = "learned-target";
    static final String SOURCE = "learned-source";
    /** Prepositions of place and route; what they introduce is where the act happened. */
    private static final java.util.Set<String> WHERE = java.util.Set.of("through", "across", "around", "along", "within",
            "throughout", "inside", "near", "in", "at", "outside");
    private final RoleTagger tagger;
    private final RoleModel model;
    private final boolean fillsSource;

    /** @param fillsSource true for "learned-source" (fills a missing source), false for "learned-target" */
    LearnedRoleStep(RoleTagger tagger, RoleModel model, boolean fillsSource) {
        this.tagger = tagger;
        this.model = model;
        this.fillsSource = fillsSource;
    }

    @Override public String name() { return fillsSource ? SOURCE : TARGET; }

    @Override
    public void apply(Context c) {
        List<ActorFinder.Found> empty = fillsSource ? c.src : c.tgt, known = fillsSource ? c.tgt : c.src;
        if (!empty.isEmpty() || known.stream().noneMatch(f -> f.actor().country() != null)) return;
        // coordinated actors on the known side ("A and B fought") are the rules' mutual case: each is the other's target
        if (c.mutual || known.size() >= 2) return;
        int trigger = c.tr.token();
        // "wounded soldiers": a participle used as an adjective names its doer only in its own by-phrase (the rules' reading)
        if (fillsSource && c.pv.baseRel(trigger).equals("amod")) return;
        List<RoleTagger.Scored> scored = new ArrayList<>(tagger.score(new DepTree(c.pv.sentence), trigger, null));
        scored.removeIf(s -> c.tr.consumed().contains(s.head()) || c.pv.dominates(s.head(), trigger));
        ToDoubleFunction<RoleTagger.Scored> p = fillsSource ? RoleTagger.Scored::source : RoleTagger.Scored::target;
        double threshold = fillsSource ? model.sourceThreshold() : model.targetThreshold();
        scored.sort(Comparator.comparingDouble(p).reversed());
        for (RoleTagger.Scored s : scored) {
            if (p.applyAsDouble(s) < threshold) break;
            // "marched through Kyiv": a phrase that says where the act went is its place, not who it was aimed at
            if (!fillsSource && WHERE.contains(String.valueOf(c.pv.prep(s.head())))) continue;
            List<ActorFinder.Found> found = new ArrayList<>(c.actors.group(s.head()));
            found.removeIf(f -> f.actor().country() == null
                    || known.stream().anyMatch(k -> k.token() == f.token() || ActorFinder.sameActor(k.actor(), f.actor())));
            if (found.isEmpty()) continue;
            Founds.addAll(empty, found);
            return;
        }
    }
}
