package org.faultline.learn.quad;

import java.util.List;
import org.faultline.events.Event;
import org.faultline.events.Factuality;

/**
 * The quad a sentence gets from its coded events: the most frequent quad among events the text
 * presents as having happened (asserted or reported; the first such event breaks ties), or 0
 * (neutral) when there is none. Used to score the rules, alone and checked, as a sentence classifier.
 */
public final class RuleQuad {
    private RuleQuad() {}

    public static int of(List<Event> events) {
        int[] count = new int[QuadModel.CLASSES];
        int first = 0;
        for (Event e : events) {
            if (!happened(e)) continue;
            if (first == 0) first = e.quad();
            count[e.quad()]++;
        }
        int best = first;
        for (int q = 1; q < QuadModel.CLASSES; q++) if (count[q] > count[best]) best = q;
        return best;
    }

    /** Asserted or reported: the events the gold scores count. */
    public static boolean happened(Event e) {
        return e.factuality() == Factuality.ASSERTED || e.factuality() == Factuality.REPORTED;
    }

    public static boolean anyHappened(List<Event> events) {
        return events.stream().anyMatch(RuleQuad::happened);
    }
}
