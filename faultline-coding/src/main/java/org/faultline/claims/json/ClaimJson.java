package org.faultline.claims.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.faultline.claims.Claim;
import org.faultline.events.json.EventJson;

/**
 * The one place where claims become JSON, with the field names of the {@code claims.jsonl}
 * contract (DESIGN.md): id, article_id, sentence_index, speaker (actor object), cue, content,
 * direct_quote, stance, about (actor object or null), event_ids.
 */
public final class ClaimJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ClaimJson() {}

    public static ObjectNode claim(Claim c) {
        if (c == null) throw new IllegalArgumentException("claim must not be null");
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
        return o;
    }
}
