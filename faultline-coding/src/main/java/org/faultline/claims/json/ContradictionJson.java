package org.faultline.claims.json;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.faultline.claims.Contradiction;

/**
 * The one place where contradictions become JSON, with the field names of the
 * {@code contradictions.jsonl} contract (DESIGN.md): id, claim_a, claim_b, incident_id (or null),
 * kind (blame-reversed, accusation-denial, characterisation, figures, dates), explanation, and
 * score (0..1, how sure the finder is; lists are sorted on it).
 */
public final class ContradictionJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ContradictionJson() {}

    public static ObjectNode contradiction(Contradiction c) {
        if (c == null) throw new IllegalArgumentException("contradiction must not be null");
        ObjectNode o = F.objectNode();
        o.put("id", c.id());
        o.put("claim_a", c.claimA());
        o.put("claim_b", c.claimB());
        o.put("incident_id", c.incidentId());
        o.put("kind", c.kind().label());
        o.put("explanation", c.explanation());
        o.put("score", Math.round(c.score() * 1000) / 1000.0);
        return o;
    }
}
