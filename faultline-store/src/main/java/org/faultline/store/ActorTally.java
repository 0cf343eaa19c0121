package org.faultline.store;

import org.faultline.actors.Actor;

/**
 * One actor as seen across the stored events ({@link Store#actorTallies}).
 *
 * @param actor         the actor, with {@code text} its most frequent mention
 * @param events        events it takes part in (an event where it is both sides counts once)
 * @param asSource      of those, as the source
 * @param asTarget      of those, as the target
 * @param meanGoldstein mean Goldstein score of those events
 * @param mentions      distinct ways it was written
 */
public record ActorTally(Actor actor, int events, int asSource, int asTarget, double meanGoldstein, int mentions) {
}
