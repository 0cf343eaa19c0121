package org.faultline.events.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.faultline.actors.Actor;
import org.faultline.events.Event;
import org.faultline.events.Location;
import org.faultline.nlp.DatePrecision;

/**
 * An event as a PLOVER JSON event record, with the field names of the PLOVER manual's "JSON Data
 * Fields" chapter (Open Event Data Alliance, draft 0.7b1): {@code id}, {@code has_event},
 * {@code date} (and {@code enddate} when the date is only known to the month or year: the period's
 * first and last day), {@code source} and {@code recipient} as lists of actor objects
 * ({@code code}, {@code sector}, {@code actor_text}, {@code identifier_text}, and
 * {@code identifier_id}, the Wikidata id, when the dictionary has one), {@code event} as a
 * list of categories, {@code event_text} (the trigger), {@code quad_code}, {@code event_scale}
 * (Goldstein), {@code mode}, {@code context}, {@code event_loc} (geonames names: {@code name},
 * {@code latitude}, {@code longitude}, {@code cc3}), {@code text} (the evidence sentence),
 * {@code text_info.sequence}, {@code cite_info} ({@code url}, {@code publication}, {@code coder},
 * {@code codebook}) and {@code coder}. The manual invites providers to add fields it does not
 * name; these are {@code cameo}, {@code factuality}, {@code confidence}, {@code date_precision},
 * {@code article_id}, {@code incident_id} and {@code coding_path}. No field depends on when the
 * export ran, so the same store always exports the same bytes.
 */
public final class PloverJson {
    /**
     * The codebook the categories follow: the 16 types of the structured PLOVER codebook (REQUEST,
     * not the older DEMAND; no separate INVESTIGATE), with the field names of the manual's draft 0.7b1.
     */
    public static final String CODEBOOK = "plover-structured-codebook";
    /** Which system coded the records. */
    public static final String CODER = "Faultline 0.1";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private PloverJson() {}

    public static ObjectNode event(Event e, ArticleOrigin origin) {
        if (e == null) throw new IllegalArgumentException("event must not be null");
        ArticleOrigin o = origin == null ? ArticleOrigin.UNKNOWN : origin;
        ObjectNode n = F.objectNode();
        n.put("id", e.id());
        n.put("has_event", true);
        String[] span = span(e.date(), e.datePrecision());
        if (span[0] == null) n.putNull("date");
        else n.put("date", span[0]);
        if (span[1] != null) n.put("enddate", span[1]);
        actors(n.putArray("source"), e.source());
        actors(n.putArray("recipient"), e.target());
        n.putArray("event").add(e.type());
        if (e.trigger() != null && !e.trigger().isBlank()) n.putArray("event_text").add(e.trigger());
        n.put("quad_code", e.quad());
        n.put("event_scale", e.goldstein());
        n.put("mode", e.mode() == null ? "" : e.mode());
        ArrayNode ctx = n.putArray("context");
        e.context().forEach(ctx::add);
        Location l = e.location();
        if (l != null) {
            ObjectNode g = n.putObject("event_loc");
            g.put("name", l.name());
            if (l.lat() != null) g.put("latitude", l.lat());
            if (l.lon() != null) g.put("longitude", l.lon());
            if (l.country() != null) g.put("cc3", l.country());
        }
        n.put("text", e.evidence());
        n.putObject("text_info").put("sequence", e.sentenceIndex());
        ObjectNode cite = n.putObject("cite_info");
        if (o.url() != null) cite.put("url", o.url());
        if (o.outlet() != null) cite.put("publication", o.outlet());
        cite.put("language", "en");
        cite.put("coder", CODER);
        cite.put("codebook", CODEBOOK);
        n.put("coder", CODER);
        // fields the manual does not name, which a Faultline user needs to trace and weigh a record
        n.put("cameo", e.cameo());
        n.put("factuality", e.factuality().label());
        n.put("confidence", e.confidence());
        n.put("date_precision", e.datePrecision().name().toLowerCase(Locale.ROOT));
        n.put("article_id", e.articleId());
        if (e.incidentId() != null) n.put("incident_id", e.incidentId());
        n.put("coding_path", e.path());
        return n;
    }

    /** PLOVER's actor list: one object, or none when the side is unknown. */
    private static void actors(ArrayNode list, Actor a) {
        if (a == null) return;
        ObjectNode x = list.addObject();
        x.put("code", a.country() == null ? "" : a.country());
        x.put("sector", a.sector() == null ? "" : a.sector());
        x.put("actor_text", a.text());
        x.put("identifier_text", a.name());
        // the manual asks for the actor's Wikidata id here
        if (a.wikidata() != null && !a.wikidata().isBlank()) x.put("identifier_id", a.wikidata());
    }

    /**
     * The manual asks for YYYY-MM-DD: a day-dated event is that day; one known only to the month or
     * year is its first day with {@code enddate} its last, so a reader sees the uncertainty.
     */
    static String[] span(String date, DatePrecision precision) {
        if (date == null || date.isBlank()) return new String[] {null, null};
        try {
            if (date.length() == 4) {
                int y = Integer.parseInt(date);
                return new String[] {LocalDate.of(y, 1, 1).toString(), LocalDate.of(y, 12, 31).toString()};
            }
            if (date.length() == 7) {
                YearMonth m = YearMonth.parse(date);
                return new String[] {m.atDay(1).toString(), m.atEndOfMonth().toString()};
            }
            return new String[] {LocalDate.parse(date.substring(0, 10)).toString(), null};
        } catch (RuntimeException e) {
            // a date the coder wrote in another shape stays as written rather than being lost
            return new String[] {date, null};
        }
    }
}
