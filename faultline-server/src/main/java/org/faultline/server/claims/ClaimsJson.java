package org.faultline.server.claims;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.faultline.claims.Claim;
import org.faultline.claims.Contradiction;
import org.faultline.events.json.EventJson;
import org.faultline.store.ContestedPair;

/**
 * Claims and contradictions as JSON, with the field names of the {@code claims.jsonl} and
 * {@code contradictions.jsonl} contract (DESIGN.md). A contradiction in the API also carries
 * both sides in full ({@code a}, {@code b}): the claim, the sentence it stands in and the
 * article it comes from, so a client shows them side by side without more requests.
 */
public final class ClaimsJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ClaimsJson() {}

    /** The claims.jsonl object plus {@code date} (the claim's report date). */
    public static ObjectNode claim(Claim c) {
        ObjectNode o = F.objectNode();
        o.put("id", c.id());
        o.put("article_id", c.articleId());
        o.put("sentence_index", c.sentenceIndex());
        o.set("speaker", EventJson.actor(c.speaker()));
        o.put("cue", c.cue());
        o.put("content", c.content());
        o.put("direct_quote", c.directQuote());
        o.put("stance", c.stance().label());
        o.set("about", EventJson.actor(c.about()));
        ArrayNode ids = o.putArray("event_ids");
        for (String id : c.eventIds()) ids.add(id);
        o.put("date", c.date());
        return o;
    }

    /** The contradictions.jsonl object plus both sides with their evidence. */
    public static ObjectNode pair(ContestedPair p) {
        Contradiction c = p.contradiction();
        ObjectNode o = F.objectNode();
        o.put("id", c.id());
        o.put("claim_a", c.claimA());
        o.put("claim_b", c.claimB());
        o.put("incident_id", c.incidentId());
        o.put("kind", c.kind().label());
        o.put("explanation", c.explanation());
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
        article.put("source", s.articleSource());
        article.put("url", s.articleUrl());
        article.put("published", s.published() == null ? null : s.published().toString());
        return o;
    }
}
