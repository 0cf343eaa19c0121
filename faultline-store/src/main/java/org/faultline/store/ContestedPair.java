package org.faultline.store;

import java.time.LocalDate;
import org.faultline.claims.Claim;
import org.faultline.claims.Contradiction;

/**
 * A stored contradiction with both of its claims and, for each, the evidence a reader checks it
 * against: the sentence holding the claim and the article it comes from. What a "contested
 * claims" view shows side by side, read in one query.
 *
 * @param contradiction the contradiction
 * @param a             its first claim ({@code claim_a}) with evidence
 * @param b             its second claim ({@code claim_b}) with evidence
 */
public record ContestedPair(Contradiction contradiction, Side a, Side b) {
    public ContestedPair {
        if (contradiction == null || a == null || b == null)
            throw new IllegalArgumentException("contested pair needs a contradiction and two sides");
    }

    /**
     * One claim of the pair with its evidence.
     *
     * @param claim          the claim (speaker, content, stance, sentence index, article id)
     * @param sentence       text of the claim's sentence, or null when the article was stored without annotation
     * @param articleTitle   the article's title, or null
     * @param articleSource  where the article was read from (file or feed)
     * @param articleUrl     the article's URL, or null
     * @param published      the article's publication date, or null
     */
    public record Side(Claim claim, String sentence, String articleTitle, String articleSource, String articleUrl,
                       LocalDate published) {
        public Side {
            if (claim == null) throw new IllegalArgumentException("contested side needs a claim");
        }
    }
}
