package org.faultline.store;

import java.util.ArrayList;
import java.util.List;
import org.faultline.claims.Stance;

/**
 * Filters for {@link Store#claims(ClaimQuery)}: start from {@link #all()} and narrow it. Every
 * filter left null (or false) matches everything; country codes compare upper case. Results
 * come in storage order of their articles, then position in the article.
 *
 * @param articleId      only this article's claims
 * @param speakerCountry country code of the speaker
 * @param aboutCountry   country code of the actor the claim is about
 * @param stance         stance
 * @param contestedOnly  only claims that are one side of a stored contradiction
 * @param limit          at most this many, or -1 for no limit
 * @param offset         skip this many first
 */
public record ClaimQuery(String articleId, String speakerCountry, String aboutCountry, Stance stance,
                         boolean contestedOnly, int limit, int offset) {
    public ClaimQuery {
        QueryParts.checkPage(limit, offset);
        articleId = QueryParts.blankToNull(articleId);
        speakerCountry = QueryParts.upper(speakerCountry);
        aboutCountry = QueryParts.upper(aboutCountry);
    }

    /** Every claim, no limit. */
    public static ClaimQuery all() { return new ClaimQuery(null, null, null, null, false, -1, 0); }

    public ClaimQuery article(String id) {
        return new ClaimQuery(id, speakerCountry, aboutCountry, stance, contestedOnly, limit, offset);
    }

    public ClaimQuery speakerCountry(String code) {
        return new ClaimQuery(articleId, code, aboutCountry, stance, contestedOnly, limit, offset);
    }

    public ClaimQuery aboutCountry(String code) {
        return new ClaimQuery(articleId, speakerCountry, code, stance, contestedOnly, limit, offset);
    }

    public ClaimQuery stance(Stance s) {
        return new ClaimQuery(articleId, speakerCountry, aboutCountry, s, contestedOnly, limit, offset);
    }

    /** Only claims that appear in a contradiction (either side). */
    public ClaimQuery contested() {
        return new ClaimQuery(articleId, speakerCountry, aboutCountry, stance, true, limit, offset);
    }

    public ClaimQuery page(int maxResults, int skip) {
        return new ClaimQuery(articleId, speakerCountry, aboutCountry, stance, contestedOnly, maxResults, skip);
    }

    /** The WHERE clause over claims aliased {@code c}; {@code params} receives its values in order. */
    String where(List<Object> params) {
        List<String> clauses = new ArrayList<>();
        QueryParts.add(clauses, params, "c.article_id = ?", articleId);
        QueryParts.add(clauses, params, "c.speaker_country = ?", speakerCountry);
        QueryParts.add(clauses, params, "c.about_country = ?", aboutCountry);
        QueryParts.add(clauses, params, "c.stance = ?", stance == null ? null : stance.name());
        if (contestedOnly) {
            clauses.add("(EXISTS (SELECT 1 FROM contradictions k WHERE k.claim_a = c.id) "
                    + "OR EXISTS (SELECT 1 FROM contradictions k WHERE k.claim_b = c.id))");
        }
        return QueryParts.where(clauses);
    }
}
