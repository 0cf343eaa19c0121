package org.faultline.incidents;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one place where incidents become JSON ({@code incidents.jsonl}); fields are documented in
 * {@code README-contract.md} next to this class's resources.
 */
public final class IncidentJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private IncidentJson() {}

    /** The incident object, snake_case fields. */
    public static ObjectNode incident(Incident i) {
        if (i == null) throw new IllegalArgumentException("incident must not be null");
        ObjectNode o = F.objectNode();
        o.put("id", i.id());
        o.put("type_family", i.typeFamily());
        o.put("source_country", i.sourceCountry());
        o.put("target_country", i.targetCountry());
        o.put("first_date", i.firstDate());
        o.put("last_date", i.lastDate());
        o.put("place", i.place());
        o.put("report_count", i.eventIds().size());
        o.put("article_count", i.articleIds().size());
        o.put("sources", i.sources());
        o.put("first_seen", i.firstSeen());
        o.put("last_seen", i.lastSeen());
        ArrayNode ev = o.putArray("event_ids");
        i.eventIds().forEach(ev::add);
        ArrayNode ar = o.putArray("article_ids");
        i.articleIds().forEach(ar::add);
        o.put("confidence", i.confidence());
        ObjectNode joins = o.putObject("joins");
        i.joins().forEach(joins::put);
        return o;
    }
}
