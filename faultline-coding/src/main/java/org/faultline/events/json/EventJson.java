package org.faultline.events.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.faultline.actors.Actor;
import org.faultline.events.Event;
import org.faultline.events.Location;

/**
 * The one place where events become JSON, with the field names of the output contract
 * (DESIGN.md): used by {@code faultline code} and by the {@code events.jsonl} export.
 */
public final class EventJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private EventJson() {}

    /** The event object; {@code withArticle} adds {@code article_id} (export) — sentence coding leaves it out. */
    public static ObjectNode event(Event e, boolean withArticle) {
        if (e == null) throw new IllegalArgumentException("event must not be null");
        ObjectNode o = F.objectNode();
        o.put("id", e.id());
        if (withArticle) o.put("article_id", e.articleId());
        o.put("sentence_index", e.sentenceIndex());
        o.put("evidence", e.evidence());
        o.put("trigger", e.trigger());
        o.put("type", e.type());
        o.put("mode", e.mode());
        ArrayNode ctx = o.putArray("context");
        for (String c : e.context()) ctx.add(c);
        o.put("cameo", e.cameo());
        o.put("goldstein", e.goldstein());
        o.put("quad", e.quad());
        o.set("source", actor(e.source()));
        o.set("target", actor(e.target()));
        o.put("date", e.date());
        o.put("date_precision", e.datePrecision().name().toLowerCase(java.util.Locale.ROOT));
        o.set("location", location(e.location()));
        o.put("factuality", e.factuality().label());
        o.set("claimed_by", actor(e.claimedBy()));
        o.put("confidence", e.confidence());
        o.put("incident_id", e.incidentId());
        o.put("path", e.path());
        return o;
    }

    /** Actor object {@code {text, name, country, sector, code, wikidata}}, or JSON null. */
    public static JsonNode actor(Actor a) {
        if (a == null) return F.nullNode();
        ObjectNode o = F.objectNode();
        o.put("text", a.text());
        o.put("name", a.name());
        o.put("country", a.country());
        o.put("sector", a.sector());
        o.put("code", a.code());
        o.put("wikidata", a.wikidata());
        return o;
    }

    /** Location object {@code {name, country, lat, lon}}, or JSON null. */
    public static JsonNode location(Location l) {
        if (l == null) return F.nullNode();
        ObjectNode o = F.objectNode();
        o.put("name", l.name());
        o.put("country", l.country());
        if (l.lat() == null) o.putNull("lat"); else o.put("lat", l.lat());
        if (l.lon() == null) o.putNull("lon"); else o.put("lon", l.lon());
        return o;
    }
}
