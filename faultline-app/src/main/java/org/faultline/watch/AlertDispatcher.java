package org.faultline.watch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faultline.analysis.Alert;
import org.faultline.analysis.Granularity;
import org.faultline.analysis.TensionIndex;
import org.faultline.analysis.TensionSeries;
import org.faultline.events.Event;
import org.faultline.events.export.ArticleOrigin;
import org.faultline.events.export.ArticleOrigins;
import org.faultline.store.EventQuery;
import org.faultline.store.PendingDelivery;
import org.faultline.store.Store;
import org.faultline.store.StoredAlert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recomputes the tension series of the dyads a watch cycle touched, keeps each alert once (per
 * dyad and day) and delivers it to every sink. An alert is delivered only when one of the events
 * that drove it is new in this cycle: alerts over history already in the store when watching
 * began are kept, not sent. Deliveries that fail stay pending in the store and are retried each
 * cycle, also after a restart.
 */
final class AlertDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(AlertDispatcher.class);
    private static final String GRANULARITY = "daily";
    private final Store store;
    private final List<AlertSink> sinks;
    private final TensionIndex index = new TensionIndex();
    private final ObjectMapper json = new ObjectMapper();

    AlertDispatcher(Store store, List<AlertSink> sinks) {
        this.store = store;
        this.sinks = List.copyOf(sinks);
    }

    /** The dyad key ("ARM-AZE", codes in order) of an event between two different countries, or null. */
    static String dyadOf(Event e) {
        if (e.source() == null || e.target() == null) return null;
        String a = e.source().country(), b = e.target().country();
        if (a == null || b == null || a.equals(b)) return null;
        return a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a;
    }

    /** Fires the alerts of {@code dyads} (new ones driven by {@code newEvents} are queued for the sinks); returns how many were new. */
    int fire(Collection<String> dyads, Set<String> newEvents, Instant now) {
        int fired = 0;
        for (String dyad : dyads) {
            String[] sides = dyad.split("-");
            List<Event> events = new ArrayList<>(store.events(EventQuery.all().dyad(sides[0], sides[1])));
            events.addAll(store.events(EventQuery.all().dyad(sides[1], sides[0])));
            TensionSeries series = index.compute(dyad, false, Granularity.DAILY, events);
            Map<String, Event> byId = new HashMap<>();
            events.forEach(e -> byId.put(e.id(), e));
            for (Alert a : series.alerts()) {
                boolean fresh = a.eventIds().stream().anyMatch(newEvents::contains);
                StoredAlert stored = new StoredAlert(dyad, GRANULARITY, a.period().toString(), payload(a, byId, now), now);
                if (store.fireAlert(stored, fresh ? sinks.stream().map(AlertSink::name).toList() : List.of())) {
                    fired++;
                    LOG.info("alert {} {} ({}): {}", dyad, a.period(), fresh ? "delivering" : "history, not delivered", a.explanation());
                }
            }
        }
        return fired;
    }

    /** Tries every pending delivery once (each sink retries within its own attempt); returns how many were made. */
    int deliverPending(Instant now) {
        Map<String, AlertSink> byName = new HashMap<>();
        sinks.forEach(s -> byName.put(s.name(), s));
        int delivered = 0;
        for (PendingDelivery p : store.pendingDeliveries()) {
            AlertSink sink = byName.get(p.sink());
            if (sink == null) continue; // a sink removed from the config: its deliveries wait for it to return
            try {
                sink.deliver(p.alert().payload());
                store.recordDelivery(p.alert(), p.sink(), now, null);
                delivered++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return delivered;
            } catch (Exception e) {
                LOG.warn("alert {} {} not delivered to {}: {} (will retry next cycle)", p.alert().dyad(), p.alert().period(),
                        p.sink(), e.getMessage());
                store.recordDelivery(p.alert(), p.sink(), null, e.getMessage());
            }
        }
        return delivered;
    }

    /** The alert with the events and sentences that drove it, each with its article's outlet and URL. */
    private String payload(Alert a, Map<String, Event> byId, Instant now) {
        ObjectNode o = json.createObjectNode();
        o.put("dyad", a.dyad());
        o.put("granularity", GRANULARITY);
        o.put("period", a.period().toString());
        o.put("value", a.value());
        o.put("baseline", a.baseline());
        o.put("threshold", a.threshold());
        o.put("explanation", a.explanation());
        o.put("fired_at", now.toString());
        ArticleOrigins origins = new ArticleOrigins(store::findArticle, store::configuredOutlet);
        ArrayNode events = o.putArray("events");
        for (String id : a.eventIds()) {
            Event e = byId.get(id);
            if (e == null) continue;
            ArticleOrigin origin = origins.apply(e.articleId());
            ObjectNode n = events.addObject();
            n.put("id", e.id());
            n.put("date", e.date());
            n.put("type", e.type());
            n.put("cameo", e.cameo());
            n.put("goldstein", e.goldstein());
            n.put("source", e.source() == null ? null : e.source().name());
            n.put("target", e.target() == null ? null : e.target().name());
            n.put("factuality", e.factuality().label());
            n.put("evidence", e.evidence());
            n.put("article_id", e.articleId());
            n.put("outlet", origin.outlet());
            n.put("url", origin.url());
        }
        try {
            return json.writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("alert JSON: " + e.getMessage(), e);
        }
    }
}
