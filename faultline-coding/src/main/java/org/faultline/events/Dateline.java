package org.faultline.events;

import java.util.Set;
import org.faultline.nlp.Token;

/**
 * A wire dateline glued to the first sentence ("YEREVAN — Armenia and Azerbaijan agreed ...",
 * "Yerevan/Baku, 21 September 2023 - Azerbaijan halted ..."): the places before the dash say where
 * the report was filed, not who acted, so they are never an event's actor. The parser often makes
 * them the subject with the real actor as an apposition; {@link ActorFinder} then reads the apposition.
 */
final class Dateline {
    private static final Set<String> DASHES = Set.of("-", "--", "—", "–", "―");
    /** A dateline is short: place names, a date, an agency tag. */
    private static final int MAX_TOKENS = 12;

    private Dateline() {}

    /**
     * The index of the first token after the dateline, or 0 when the sentence has none. A dateline is a
     * free-standing dash (spaces on both sides, so "Nagorno-Karabakh" is not one) within the first
     * tokens, preceded only by proper nouns, numbers, dates and punctuation, at least one of them a place.
     */
    static int end(ParseView pv) {
        boolean place = false;
        for (int i = 0; i < Math.min(MAX_TOKENS, pv.size() - 1); i++) {
            Token t = pv.token(i);
            if (DASHES.contains(t.word()) && i > 0 && freeStanding(pv, i)) return place ? i + 1 : 0;
            boolean ok = t.pos().startsWith("NNP") || t.pos().equals("CD") || t.pos().equals(",") || t.pos().equals("-LRB-")
                    || t.pos().equals("-RRB-") || t.word().equals("/") || t.pos().equals("SYM") || t.ner().equals("DATE")
                    || t.pos().equals("HYPH") || t.pos().equals(":");
            if (!ok) return 0;
            if (t.ner().equals("LOCATION") || t.ner().equals("CITY") || t.ner().equals("COUNTRY")
                    || t.ner().equals("STATE_OR_PROVINCE") || t.pos().startsWith("NNP") && t.word().equals(t.word().toUpperCase(java.util.Locale.ROOT)))
                place = true;
        }
        return 0;
    }

    private static boolean freeStanding(ParseView pv, int i) {
        Token t = pv.token(i), before = pv.token(i - 1), after = pv.token(i + 1);
        return t.beginChar() > before.endChar() && after.beginChar() > t.endChar();
    }
}
