package org.faultline.server.claims;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.faultline.server.http.SourceLabel;
import org.faultline.claims.Claim;
import org.faultline.claims.json.ClaimJson;
import org.faultline.claims.json.ContradictionJson;
import org.faultline.store.ContestedPair;

/**
 * Claims and contradictions as JSON, with the field names of the {@code claims.jsonl} and
 * {@code contradictions.jsonl} contract (DESIGN.md). A contradiction in the API also carries
 * both sides in full ({@code a}, {@code b}): the claim, the sentence it stands in and the
 * article it comes from, so a client shows them side by side without more requests.
 */
public final class ClaimsJson {

    private ClaimsJson() {}

    /** The claims.jsonl object plus {@code date} (the claim's report date). */
    public static ObjectNode claim(Claim c) {
        ObjectNode o = ClaimJson.claim(c);
        o.put("date", c.date());
        return o;
    }

    /** The contradictions.jsonl object plus both sides with their evidence. */
    public static ObjectNode pair(ContestedPair p) {
        ObjectNode o = ContradictionJson.contradiction(p.contradiction());
        o.set("a", side(p.a()));
        o.set("b", side(p.b()));
        return o;
    }

    private static ObjectNode side(ContestedPair.Side s) {
        ObjectNode o = claim(s.claim());
        o.put("evidence", s.sentence());
        ObjectNode article = o.putObject("article");
        article.put("id", s.claim().articleId());
        article.put("title", s.articleTitle());
        article.put("source", SourceLabel.of(s.articleSource()));
        article.put("url", s.articleUrl());
        article.put("published", s.published() == null ? null : s.published().toString());
        return o;
    }
}
