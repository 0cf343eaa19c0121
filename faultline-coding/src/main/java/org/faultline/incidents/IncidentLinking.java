package org.faultline.incidents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.faultline.events.Event;

/**
 * The result of {@link IncidentLinker#link}: the incidents (sorted by id) and the incident of each
 * linked event.
 */
public record IncidentLinking(List<Incident> incidents, Map<String, String> incidentByEvent) {
    public IncidentLinking {
        incidents = List.copyOf(incidents);
        incidentByEvent = Map.copyOf(incidentByEvent);
    }

    /** The incident id of an event, or null (hypothetical and proposed events have none). */
    public String incidentOf(String eventId) {
        return incidentByEvent.get(eventId);
    }

    /** The events with their {@code incidentId} set (null for events not linked). */
    public List<Event> annotate(List<Event> events) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) out.add(e.withIncidentId(incidentByEvent.get(e.id())));
        return out;
    }
}
