package org.faultline.events;

import java.util.Set;
import org.faultline.events.patterns.Pattern;

/**
 * A token whose pattern matched.
 *
 * @param token    trigger token index
 * @param pattern  the pattern that matched
 * @param nominal  true when the trigger is used as a noun ("the offensive", "shelling of")
 * @param consumed tokens the pattern's conditions used (the object of "impose sanctions", the
 *                 particle of "back down"), so they are not read as triggers or actors themselves
 */
record Trigger(int token, Pattern pattern, boolean nominal, Set<Integer> consumed) {
    Trigger {
        consumed = Set.copyOf(consumed);
    }
}
