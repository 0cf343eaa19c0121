package org.faultline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One named way of finding a trigger's source and target. {@link RoleFinder} runs its steps in the
 * order {@code role-steps.txt} gives (as CoreNLP's quote attribution runs its sieves); each step
 * adds to the roles found so far, and the first step to fill a role is recorded as its path.
 */
interface RoleStep {
    /** The name used in the configuration and recorded on the roles it finds. */
    String name();

    void apply(Context c);

    /** The roles found so far for one trigger, and what every step reads. */
    final class Context {
        final ParseView pv;
        final ActorFinder actors;
        final Trigger tr;
        final Set<Integer> eventNouns;
        final List<ActorFinder.Found> src = new ArrayList<>(), tgt = new ArrayList<>();
        boolean mutual;
        String sourceStep, targetStep;

        Context(ParseView pv, ActorFinder actors, Trigger tr, Set<Integer> eventNouns) {
            this.pv = pv;
            this.actors = actors;
            this.tr = tr;
            this.eventNouns = eventNouns;
        }
    }

    /** A step made of a name and a function. */
    static RoleStep of(String name, java.util.function.Consumer<Context> body) {
        return new RoleStep() {
            @Override public String name() { return name; }
            @Override public void apply(Context c) { body.accept(c); }
        };
    }
}
