package org.faultline.pipeline;

import static org.faultline.pipeline.MultiOutletFixture.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.faultline.actors.Actor;
import org.faultline.claims.Stance;
import org.faultline.events.Factuality;
import org.faultline.events.Location;
import org.faultline.nlp.DatePrecision;

/**
 * A corpus spread over more than a year, written for the incremental-linking test: occurrences every
 * nine days in two dyads, each told by two outlets the next days, one of them again in a look-back
 * published five weeks later (so an incident's reports straddle any ingest window), with a month-dated
 * and an undated mention, accusations and denials. Sentences are generated from our own templates.
 */
final class SpreadFixture {
    private static final Actor RUS = actor("Russia", "RUS", "GOV"), UKR = actor("Ukraine", "UKR", "GOV"),
            RUS_MIL = actor("Russian forces", "RUS", "MIL"), UKR_MIL = actor("Ukrainian forces", "UKR", "MIL");

    private SpreadFixture() {}

    static List<MultiOutletFixture.Item> corpus(int occurrences) {
        List<MultiOutletFixture.Item> out = new ArrayList<>(MultiOutletFixture.corpus());
        LocalDate base = LocalDate.of(2024, 1, 3);
        for (int k = 0; k < occurrences; k++) {
            boolean east = k % 2 == 0;
            Actor att = east ? RUS_MIL : MultiOutletFixture.AZE_MIL, vic = east ? UKR : MultiOutletFixture.ARM;
            Actor side = east ? RUS : MultiOutletFixture.AZE, other = east ? UKR : MultiOutletFixture.ARM;
            String place = "Settlement" + (char) ('A' + k % 26) + k;
            Location where = new Location(place, vic.country(), 47.0 + k * 0.01, 37.0 + k * 0.02);
            LocalDate day = base.plusDays(9L * k);
            String iso = day.toString();
            MultiOutletFixture.Builder a = new MultiOutletFixture.Builder("s" + k + "-one", "https://one.example/s" + k,
                    day.plusDays(1).toString());
            int s0 = a.sentence("Artillery of the " + att.text() + " struck " + place + " on " + iso + ", hitting " + (k + 2) + " homes.");
            a.event(s0, "struck", "ASSAULT", 4, att, vic, iso, DatePrecision.DAY, Factuality.ASSERTED, where);
            int s1 = a.sentence(other.text() + " accused " + side.text() + " of the strike on " + place + ".");
            String acc = a.event(s1, "strike", "ASSAULT", 4, side, vic, iso, DatePrecision.DAY, Factuality.REPORTED, where);
            a.claim(s1, other, "accused", side.text() + " of the strike on " + place, Stance.ACCUSE, side, acc);
            out.add(a.item());
            MultiOutletFixture.Builder b = new MultiOutletFixture.Builder("s" + k + "-two", "https://two.example/s" + k,
                    day.plusDays(2).toString());
            int t0 = b.sentence(place + " came under shelling by the " + att.text() + " on " + iso + ", officials said.");
            b.event(t0, "shelling", "ASSAULT", 4, att, vic, iso, DatePrecision.DAY, Factuality.ASSERTED, where);
            int t1 = b.sentence(side.text() + " denied any strike on " + place + " and blamed provocateurs.");
            String den = b.event(t1, "strike", "ASSAULT", 4, side, vic, iso, DatePrecision.DAY, Factuality.NEGATED, where);
            b.claim(t1, side, "denied", "any strike on " + place, Stance.DENY, other, den);
            int t2 = b.sentence("Fighting around " + place + " resumed, residents reported.");
            b.event(t2, "fighting", "ASSAULT", 4, att, vic, null, DatePrecision.UNKNOWN, Factuality.ASSERTED, where);
            out.add(b.item());
            if (k % 3 == 0) {
                MultiOutletFixture.Builder c = new MultiOutletFixture.Builder("s" + k + "-look", "https://one.example/look" + k,
                        day.plusDays(36).toString());
                int u0 = c.sentence("Weeks after the " + iso + " strike on " + place + " by the " + att.text() + ", homes stand empty.");
                c.event(u0, "strike", "ASSAULT", 4, att, vic, iso, DatePrecision.DAY, Factuality.ASSERTED, where);
                int u1 = c.sentence("In " + day.getMonth() + " the " + att.text() + " had pressed on towards " + place + ".");
                c.event(u1, "pressed", "ASSAULT", 4, att, vic, iso.substring(0, 7), DatePrecision.MONTH, Factuality.ASSERTED, where);
                out.add(c.item());
            }
        }
        return out;
    }
}
