package org.faultline.server.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.faultline.events.Event;
import org.faultline.incidents.Incident;
import org.faultline.server.http.ApiErrors;
import org.faultline.store.EventQuery;
import org.faultline.store.Store;

/**
 * The events (reports) of one incident, for {@code /api/events?incident=ID}: read article by
 * article from the incident's lists (indexed reads, bounded by the incident's size), in the
 * same order as every event listing: by date, undated last, then article and id.
 */
final class IncidentEvents {
    private IncidentEvents() {}

    static List<Event> of(Store store, String incidentId) {
        Incident incident = store.findIncident(incidentId).orElseThrow(() -> ApiErrors.notFound("incident", incidentId));
        Set<String> wanted = new HashSet<>(incident.eventIds());
        Set<String> articles = new LinkedHashSet<>(incident.articleIds());
        for (String id : incident.eventIds()) {
            int cut = id.lastIndexOf('-', id.lastIndexOf('-') - 1);
            if (cut > 0) articles.add(id.substring(0, cut));
        }
        List<Event> out = new ArrayList<>();
        for (String article : articles)
            for (Event e : store.events(EventQuery.all().article(article))) if (wanted.contains(e.id())) out.add(e);
        out.sort(Comparator.comparing((Event e) -> e.date() == null)
                .thenComparing(e -> e.date() == null ? "" : e.date())
                .thenComparing(Event::articleId).thenComparing(Event::id));
        return out;
    }
}
