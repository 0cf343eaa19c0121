package org.faultline.commitments;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.faultline.actors.Actor;
import org.faultline.events.json.EventJson;

/**
 * The one place where commitments become JSON ({@code commitments.jsonl}); fields are documented in
 * {@code org/faultline/incidents/README-contract.md}.
 */
public final class CommitmentJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private CommitmentJson() {}

    public static ObjectNode commitment(Commitment c) {
        if (c == null) throw new IllegalArgumentException("commitment must not be null");
        ObjectNode o = F.objectNode();
        o.put("id", c.id());
        o.put("kind", c.kind());
        ArrayNode parties = o.putArray("parties");
        for (Actor a : c.parties()) parties.add(EventJson.actor(a));
        o.put("content", c.content());
        o.put("made_on", c.madeOn());
        o.put("status", c.status().label());
        ArrayNode history = o.putArray("history");
        for (StatusChange s : c.history()) {
            ObjectNode h = history.addObject();
            h.put("status", s.status().label());
            h.put("date", s.date());
            h.put("article_id", s.articleId());
            h.put("sentence_index", s.sentenceIndex());
            h.put("evidence", s.evidence());
        }
        return o;
    }
}
