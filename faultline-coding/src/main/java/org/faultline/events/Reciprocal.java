package org.faultline.events;

/**
 * "each other", "one another": a reciprocal object makes the coordinated subjects each other's
 * target, whatever the act ("Peru and Ecuador accused each other of ...": Peru accused Ecuador and
 * Ecuador accused Peru), so the event is coded once per direction.
 */
final class Reciprocal {
    private Reciprocal() {}

    /** Whether the verb's object or to/with-phrase is a reciprocal pronoun. */
    static boolean isObject(ParseView pv, int v) {
        for (int o : pv.children(v, "obj", "iobj", "obl")) {
            String w = pv.lowerWord(o);
            if (!w.equals("other") && !w.equals("another")) continue;
            for (int d : pv.children(o, "det", "nummod", "amod", "advmod", "compound", "fixed"))
                if (pv.lowerWord(d).equals("each") || pv.lowerWord(d).equals("one")) return true;
            if (o > 0 && (pv.lowerWord(o - 1).equals("each") || pv.lowerWord(o - 1).equals("one"))) return true;
        }
        return false;
    }
}
