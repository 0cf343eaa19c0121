package org.faultline.learn.quad;

import java.util.List;
import org.faultline.events.Event;
import org.faultline.events.Factuality;

/**
 * The quad a sentence gets from its coded events: the most frequent quad among events the text
 * presents as having happened (asserted or reported; the first such event breaks ties), or 0
 * (neutral) when there is none. Statements and appeals (CAMEO 01 and 02) count as class 0, as in
 * ConfliBERT's class file, where "urged", "expressed concern" and "declined to comment" are class 0
 * while the event contract gives them quad 1. Used to score the rules, alone and checked, as a
 * sentence classifier.
 */
public final class RuleQuad {
    private RuleQuad() {}

    public static int of(List<Event> events) {
        int[] count = new int[QuadModel.CLASSES];
        int first = 0;
        for (Event e : events) {
            if (!happened(e) || statementOrAppeal(e)) continue;
            if (first == 0) first = e.quad();
            count[e.quad()]++;
        }
        int best = first;
        for (int q = 1; q < QuadModel.CLASSES; q++) if (count[q] > count[best]) best = q;
        return best;
    }

    /** CAMEO 01 (public statements) and 02 (appeals): what ConfliBERT's class 0 holds besides sentences with no event. */
    public static boolean statementOrAppeal(Event e) {
        return e.cameo() != null && (e.cameo().startsWith("01") || e.cameo().startsWith("02"));
    }

    /** Asserted or reported: the events the gold scores count. */
    public static boolean happened(Event e) {
        return e.factuality() == Factuality.ASSERTED || e.factuality() == Factuality.REPORTED;
    }

    public static boolean anyHappened(List<Event> events) {
        return events.stream().anyMatch(RuleQuad::happened);
    }
}
