package org.faultline.events.patterns;

/**
 * How a trigger or cue word colours the events embedded under it (its clausal complements and
 * the nouns it governs). See the header of patterns.tsv.
 */
public enum Embed {
    /** Someone's claim: REPORTED, claimed by the word's subject. */
    REPORTED,
    /** Like REPORTED for clauses; a noun it governs is the subject's own act (announce sanctions). */
    ANNOUNCED,
    NEGATED,
    HYPOTHETICAL,
    PROPOSED,
    /** The embedded act is promised or planned: coded as AGREE or THREATEN by the subject. */
    INTENT,
    NONE;

    static Embed parse(String s) {
        return "-".equals(s) ? NONE : Embed.valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }
}
