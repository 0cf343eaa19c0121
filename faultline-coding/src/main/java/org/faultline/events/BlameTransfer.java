package org.faultline.events;

import java.util.ArrayList;
import java.util.List;
import org.faultline.actors.Actor;

/**
 * An accusation names the doer of an event the sentence reports without one: "four officers were killed
 * in explosions, which Azerbaijan blamed on Armenian groups", "Baku blamed the blast on Yerevan",
 * "Kyiv blamed Moscow for the strike". The accused becomes the source of the agentless event, which is
 * then the accuser's claim (REPORTED, claimed by the accuser), never an asserted fact.
 */
final class BlameTransfer {
    /** How far up from the matter of the blame the blamed event's trigger may be ("explosions in the district, which ..."). */
    private static final int MAX_STEPS = 3;

    private BlameTransfer() {}

    /** The drafts with agentless events that an accusation in the sentence blames on someone given that someone as source. */
    static List<Draft> apply(ParseView pv, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>(drafts);
        for (Draft accusation : drafts) {
            if (!accusation.type().equals("ACCUSE") || accusation.target() == null || accusation.target().country() == null) continue;
            int v = accusation.token();
            if (!pv.isVerb(v)) continue;
            for (int matter : matters(pv, v)) {
                int blamed = blamedTrigger(pv, out, matter, v);
                if (blamed < 0) continue;
                for (int i = 0; i < out.size(); i++) {
                    Draft d = out.get(i);
                    if (d.token() != blamed || d.source() != null || d == accusation) continue;
                    if (d.target() != null && d.target().country() != null && d.target().country().equals(accusation.target().country())) continue;
                    out.set(i, blamedOn(d, accusation.target(), accusation.source()));
                }
            }
        }
        return out;
    }

    /** What the blame is about: its object, a for/over-phrase, or the noun its relative clause hangs on. */
    private static List<Integer> matters(ParseView pv, int v) {
        List<Integer> out = new ArrayList<>(pv.children(v, "obj"));
        for (int o : pv.children(v, "obl")) if ("for".equals(pv.prep(o)) || "over".equals(pv.prep(o))) out.add(o);
        if (pv.rel(v).equals("acl:relcl") && pv.gov(v) >= 0) out.add(pv.gov(v));
        return out;
    }

    /** The nearest token at or above the matter that coded an agentless event ("killed" above "explosion near the crossing"). */
    private static int blamedTrigger(ParseView pv, List<Draft> drafts, int matter, int blame) {
        int t = matter;
        for (int step = 0; step <= MAX_STEPS && t >= 0; step++, t = pv.gov(t)) {
            if (t == blame) return -1;
            final int k = t;
            if (drafts.stream().anyMatch(d -> d.token() == k && d.source() == null)) return t;
        }
        return -1;
    }

    private static Draft blamedOn(Draft d, Actor accused, Actor accuser) {
        return new Draft(d.token(), d.trigger(), d.type(), d.mode(), d.context(), d.cameo(), d.goldstein(), d.quad(), accused,
                d.target(), d.date(), d.precision(), d.location(), Factuality.REPORTED, accuser, d.confidence());
    }
}
