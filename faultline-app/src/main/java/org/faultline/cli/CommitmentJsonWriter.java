package org.faultline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.faultline.commitments.Commitment;
import org.faultline.commitments.StatusChange;
import org.faultline.events.json.EventJson;

/** Maps a {@link Commitment} to its {@code commitments.jsonl} object (fields documented in the README). */
final class CommitmentJsonWriter {
    private CommitmentJsonWriter() {}

    static ObjectNode commitment(ObjectMapper mapper, Commitment c) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", c.id());
        o.put("kind", c.kind());
        ArrayNode parties = o.putArray("parties");
        c.parties().forEach(p -> parties.add(EventJson.actor(p)));
        o.put("content", c.content());
        o.put("made_on", c.madeOn());
        o.put("status", c.status().label());
        ArrayNode history = o.putArray("history");
        for (StatusChange h : c.history())
            history.addObject().put("status", h.status().label()).put("date", h.date()).put("article_id", h.articleId())
                    .put("sentence_index", h.sentenceIndex()).put("evidence", h.evidence());
        return o;
    }
}
