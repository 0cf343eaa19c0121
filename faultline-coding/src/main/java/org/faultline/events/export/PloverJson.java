package org.faultline.events.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.faultline.actors.Actor;
import org.faultline.events.Event;
import org.faultline.events.Location;

/**
 * An event as a PLOVER JSON event record, with the field names of the PLOVER manual's data
 * format: {@code id}, {@code date}, {@code event} (the PLOVER category), {@code mode},
 * {@code context}, {@code source}/{@code src_actor}/{@code src_agent} and
 * {@code target}/{@code tgt_actor}/{@code tgt_agent} (text as written, country code, sector),
 * {@code eventText} (the evidence sentence), {@code geolocation} ({@code placename},
 * {@code country}, {@code lat}, {@code lon}), plus provenance PLOVER leaves open:
 * {@code url}, {@code publication} (outlet), {@code cameo}, {@code goldstein}, {@code quad},
 * {@code factuality}, {@code confidence}, {@code version}. Needs an event and its article's
 * origin; gives one JSON object per event.
 */
public final class PloverJson {
    /** Which PLOVER version the categories follow. */
    public static final String VERSION = "PLOVER-0.8";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private PloverJson() {}

    public static ObjectNode event(Event e, ArticleOrigin origin) {
        if (e == null) throw new IllegalArgumentException("event must not be null");
        ArticleOrigin o = origin == null ? ArticleOrigin.UNKNOWN : origin;
        ObjectNode n = F.objectNode();
        n.put("id", e.id());
        n.put("date", e.date());
        n.put("date_precision", e.datePrecision().name().toLowerCase(java.util.Locale.ROOT));
        n.put("event", e.type());
        n.put("mode", e.mode() == null ? "" : e.mode());
        ArrayNode ctx = n.putArray("context");
        e.context().forEach(ctx::add);
        side(n, "source", "src", e.source());
        side(n, "target", "tgt", e.target());
        n.put("eventText", e.evidence());
        Location l = e.location();
        if (l == null) n.putNull("geolocation");
        else {
            ObjectNode g = n.putObject("geolocation");
            g.put("placename", l.name());
            g.put("country", l.country());
            if (l.lat() == null) g.putNull("lat"); else g.put("lat", l.lat());
            if (l.lon() == null) g.putNull("lon"); else g.put("lon", l.lon());
        }
        n.put("cameo", e.cameo());
        n.put("goldstein", e.goldstein());
        n.put("quad", e.quad());
        n.put("factuality", e.factuality().label());
        n.put("confidence", e.confidence());
        n.put("article_id", e.articleId());
        n.put("publication", o.outlet());
        n.put("url", o.url());
        n.put("version", VERSION);
        return n;
    }

    private static void side(ObjectNode n, String field, String prefix, Actor a) {
        n.put(field, a == null ? "" : a.text());
        n.put(prefix + "_actor", a == null ? "" : nz(a.country()));
        n.put(prefix + "_agent", a == null ? "" : nz(a.sector()));
        n.put(prefix + "_name", a == null ? "" : a.name());
    }

    private static String nz(String s) { return s == null ? "" : s; }
}
