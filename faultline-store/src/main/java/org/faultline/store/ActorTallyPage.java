package org.faultline.store;

import java.util.List;

/**
 * A page of actor tallies ({@link Store#actorTallyPage}).
 *
 * @param total actors in all pages
 * @param items this page, most active first
 */
public record ActorTallyPage(long total, List<ActorTally> items) {
    public ActorTallyPage {
        items = List.copyOf(items);
    }
}
