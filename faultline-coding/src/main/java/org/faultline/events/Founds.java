package org.faultline.events;

import java.util.List;

/** Small list helpers for actors found in a sentence: no duplicates, no target that is also the source. */
final class Founds {
    private Founds() {}

    static void addIfNotSource(List<ActorFinder.Found> tgt, List<ActorFinder.Found> src, ActorFinder.Found f) {
        if (src.stream().noneMatch(s -> ActorFinder.sameActor(s.actor(), f.actor()))) addDistinct(tgt, f);
    }

    static void addAll(List<ActorFinder.Found> out, List<ActorFinder.Found> more) {
        for (ActorFinder.Found f : more) addDistinct(out, f);
    }

    static void addDistinct(List<ActorFinder.Found> out, ActorFinder.Found f) {
        for (ActorFinder.Found o : out) if (ActorFinder.sameActor(o.actor(), f.actor())) return;
        out.add(f);
    }
}
