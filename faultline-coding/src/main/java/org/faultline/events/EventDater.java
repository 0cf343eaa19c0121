package org.faultline.events;

import java.util.List;

import java.time.LocalDate;
import java.util.Set;
import org.faultline.nlp.DatePrecision;
import org.faultline.nlp.TimeExpression;

/**
 * Dates an event: the sentence's normalised time expression when it hangs off the trigger's
 * clause ("shelled the town on Tuesday"), not one that dates the reporting ("said on Tuesday");
 * else the report date, unless the event is a known war or happened in one (history the article
 * recalls: undated).
 */
final class EventDater {
    record Dated(String date, DatePrecision precision) {}

    /** Prepositions that make a noun phrase a time adjunct ("during the war", "since the ceasefire"). */
    private static final java.util.Set<String> TEMPORAL = java.util.Set.of("during", "in", "since", "after", "before", "until",
            "throughout", "amid", "following");

    private EventDater() {}

    static Dated date(ParseView pv, int trigger, int clause, LocalDate reportDate) {
        TimeExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeExpression te : pv.sentence.times()) {
            if (te.value() == null || !te.value().matches("\\d{4}(-\\d{2}(-\\d{2})?)?.*")) continue;
            int head = headOf(pv, te);
            if (head < 0) continue;
            int anchor = clauseOf(pv, head);
            // "captured during the 2020 war": the year dates a period noun that is a temporal adjunct of the event
            if (anchor >= 0 && anchor != trigger && pv.isNoun(anchor) && TEMPORAL.contains(String.valueOf(pv.prep(anchor)))
                    && (pv.gov(anchor) == trigger || pv.gov(anchor) == clause)) anchor = pv.gov(anchor);
            if (anchor == trigger || anchor == clause) {
                int d = Math.abs(head - trigger);
                if (d < bestDistance) { best = te; bestDistance = d; }
            }
        }
        if (best == null) best = soleWrittenPast(pv, trigger, reportDate);
        if (best != null) {
            String v = best.value();
            String iso = v.length() >= 10 && v.charAt(4) == '-' && v.charAt(7) == '-' ? v.substring(0, 10)
                    : v.length() >= 7 && v.charAt(4) == '-' && Character.isDigit(v.charAt(5)) ? v.substring(0, 7) : v.substring(0, 4);
            return new Dated(iso, DatePrecision.ofIsoValue(iso));
        }
        if (reportDate == null || inPastWar(pv, trigger, clause)) return new Dated(null, DatePrecision.UNKNOWN);
        return new Dated(reportDate.toString(), DatePrecision.DAY);
    }

    /** Prepositions that make a written year a time adjunct ("in 2009", "during 2018"), not a name ("the 2020 war"). */
    private static final Set<String> YEAR_ADJUNCT = Set.of("in", "on", "during");

    /**
     * "In March 2018, the town was rocked when agents tried to murder him", "expelled the inspectors from the site in
     * 2009": the sentence's only time expression, a written past year introduced by "in", "on" or "during", dates what
     * the sentence tells even when the parser hangs it elsewhere. A year that only names something ("the 2020 war") does not,
     * nor one inside a clause that describes a noun and not the event ("deport him to the country he fled in 2000").
     */
    private static TimeExpression soleWrittenPast(ParseView pv, int trigger, LocalDate reportDate) {
        if (reportDate == null || pv.sentence.times().size() != 1) return null;
        TimeExpression te = pv.sentence.times().get(0);
        java.util.regex.Matcher m = YearFocus.WRITTEN_YEAR.matcher(te.text());
        if (te.value() == null || !te.value().matches("\\d{4}.*") || !m.find() || Integer.parseInt(m.group()) >= reportDate.getYear()) return null;
        int head = headOf(pv, te);
        if (head < 0 || !(pv.baseRel(head).equals("obl") || pv.baseRel(head).equals("nmod"))) return null;
        String prep = pv.prep(head);
        if (prep == null || !YEAR_ADJUNCT.contains(prep)) return null;
        for (int g = pv.gov(head); g >= 0; g = pv.gov(g))
            if (pv.baseRel(g).equals("acl") && g != trigger && !pv.dominates(g, trigger)) return null;
        return te;
    }

    /**
     * "the war", "two wars", "captured during the war", "fought two wars": an event that is a known war or happened in
     * one, with no date of its own, is history the article recalls, not something that happened on the report day.
     * A known war is definite, possessed, counted or plural; "launched a war" is new.
     */
    private static boolean inPastWar(ParseView pv, int trigger, int clause) {
        java.util.Set<String> history = CoderWords.bundled().list("history");
        java.util.List<Integer> around = new java.util.ArrayList<>(java.util.List.of(trigger));
        for (int head : new int[] {trigger, clause}) around.addAll(pv.children(head, "obj", "obl", "nsubj", "nmod"));
        // "as a pilot in World War II": one noun further down, and the parts of a name ("World War II" has "War" as a compound)
        for (int n : List.copyOf(around)) if (n >= 0 && pv.isNoun(n)) around.addAll(pv.children(n, "nmod"));
        for (int n : List.copyOf(around))
            if (n >= 0 && pv.token(n).pos().startsWith("NNP")) around.addAll(pv.children(n, "compound"));
        for (int n : around) {
            if (n < 0 || !pv.isNoun(n) || !history.contains(pv.lemma(n).toLowerCase(java.util.Locale.ROOT))) continue;
            // a named war ("World War II", "the Gulf War") is always one the reader knows
            boolean known = pv.token(n).pos().startsWith("NNP") || pv.token(n).pos().equals("NNS") || !pv.children(n, "nmod:poss", "nummod").isEmpty()
                    || pv.children(n, "det").stream().anyMatch(d -> Set.of("the", "that", "this", "those").contains(pv.lowerWord(d)));
            if (known) return true;
        }
        return false;
    }

    /** The token of the expression whose head lies outside it. */
    private static int headOf(ParseView pv, TimeExpression te) {
        for (int i = te.startToken(); i < te.endToken() && i < pv.size(); i++) {
            int g = pv.gov(i);
            if (g < te.startToken() || g >= te.endToken()) return i;
        }
        return -1;
    }

    /** The nearest verb or event noun the token attaches to. */
    private static int clauseOf(ParseView pv, int i) {
        int g = pv.gov(i), guard = 0;
        while (g >= 0 && guard++ < pv.size()) {
            if (pv.isVerb(g) || pv.isNoun(g) && !pv.token(g).ner().equals("DATE")) return g;
            g = pv.gov(g);
        }
        return -1;
    }
}
