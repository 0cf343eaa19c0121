package org.faultline.events;

import java.util.List;
import org.faultline.actors.Actor;
import org.faultline.nlp.DatePrecision;

/** An event before it gets its id: everything {@link Event} holds except id and incident. */
record Draft(int token, String trigger, String type, String mode, List<String> context, String cameo, double goldstein,
             int quad, Actor source, Actor target, String date, DatePrecision precision, Location location,
             Factuality factuality, Actor claimedBy, double confidence) {

    Event toEvent(String articleId, int sentenceIndex, String evidence, int ordinal) {
        return new Event(articleId + "-" + sentenceIndex + "-" + ordinal, articleId, sentenceIndex, evidence, trigger, type, mode,
                context, cameo, goldstein, quad, source, target, date, precision, location, factuality, claimedBy, confidence, null);
    }

    /** The same draft dated otherwise. */
    Draft withDate(String newDate, DatePrecision newPrecision) {
        return new Draft(token, trigger, type, mode, context, cameo, goldstein, quad, source, target, newDate, newPrecision, location,
                factuality, claimedBy, confidence);
    }

    /** Same type, dyad and factuality: a second trigger for the same event ("clashed ... in fighting"). */
    boolean sameAs(Draft o) {
        return type.equals(o.type) && factuality == o.factuality && code(source).equals(code(o.source)) && code(target).equals(code(o.target));
    }

    private static String code(Actor a) { return a == null ? "" : a.code() + "/" + a.name(); }
}
