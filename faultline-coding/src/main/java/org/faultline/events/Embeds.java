package org.faultline.events;

import java.util.List;
import org.faultline.events.patterns.Embed;
import org.faultline.events.patterns.Pattern;
import org.faultline.events.patterns.PatternBook;

/** The embedding effect of a word: a cue's, or an event trigger's "embeds" column (patterns.tsv). */
final class Embeds {
    private Embeds() {}

    static Embed of(PatternBook book, ParseView pv, int i) {
        char pos = pv.isVerb(i) ? 'V' : pv.isNoun(i) ? 'N' : pv.isAdjective(i) ? 'A' : 'X';
        List<Pattern> ps = book.patterns(pv.lemma(i), pos);
        for (Pattern p : ps) {
            if (p.embed() == Embed.NONE) continue;
            // "seek to" and similar cues apply only with their conditions (a complement; for a noun,
            // also a clause it governs: "calls for Minsk to free them")
            if (p.specificity() > 0 && pv.firstChild(i, "xcomp", "ccomp") < 0 && (pos != 'N' || pv.firstChild(i, "acl") < 0)) continue;
            return p.embed();
        }
        return Embed.NONE;
    }

    /** A reporting verb ("say", "claim", "report"): what it governs is someone's claim, not the subject's act. */
    static boolean isReporting(PatternBook book, ParseView pv, int i) {
        return of(book, pv, i) == Embed.REPORTED && book.patterns(pv.lemma(i), 'V').stream().allMatch(Pattern::isCue);
    }
}
