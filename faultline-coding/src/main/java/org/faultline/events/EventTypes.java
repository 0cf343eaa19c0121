package org.faultline.events;

import java.util.Set;

/** The sixteen PLOVER event types, for validating data files that name them. */
final class EventTypes {
    static final Set<String> ALL = Set.of("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST",
            "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

    private EventTypes() {}
}
