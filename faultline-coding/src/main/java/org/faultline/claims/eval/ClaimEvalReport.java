package org.faultline.claims.eval;

import java.util.List;
import java.util.Locale;
import org.faultline.events.eval.Score;

/**
 * Scores of claims and contradictions against the hand-made seed gold.
 *
 * @param claims         per sentence, speaker and stance
 * @param speakers       per sentence and speaker (stance ignored)
 * @param aboutCorrect   matched claims whose gold names an about-country and whose prediction agrees
 * @param aboutTotal     matched claims whose gold names an about-country
 * @param contradictions pairs of claims (kind ignored)
 * @param kindCorrect    matched pairs with the gold kind
 * @param missed         gold keys not found and predicted keys not in gold (for reading, bounded)
 */
public record ClaimEvalReport(Score claims, Score speakers, int aboutCorrect, int aboutTotal, Score contradictions,
                              int kindCorrect, List<String> missed) {
    public ClaimEvalReport {
        missed = List.copyOf(missed);
    }

    /** The report as text sections for {@code faultline eval}. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append("Claims (seed gold; speaker + stance per sentence)\n");
        sb.append("  speaker+stance  ").append(claims).append('\n');
        sb.append("  speaker only    ").append(speakers).append('\n');
        sb.append(String.format(Locale.ROOT, "  about agrees   %d/%d of matched claims%n", aboutCorrect, aboutTotal));
        sb.append("Contradictions (seed gold; claim pairs)\n");
        sb.append("  pairs           ").append(contradictions).append('\n');
        sb.append(String.format(Locale.ROOT, "  kind agrees     %d/%d of matched pairs%n", kindCorrect, contradictions.tp()));
        return sb.toString();
    }
}
