package org.faultline.incidents;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One real-world occurrence as told by one or more reports (event mentions within and across articles).
 *
 * @param id           stable id: the same reports give the same id on every run
 * @param sourceCountry country code of the acting side, or null
 * @param targetCountry country code of the side acted on, or null
 * @param typeFamily   PLOVER type (or family of close types) of its events
 * @param firstDate    earliest event date (ISO, may be YYYY-MM), or null
 * @param lastDate     latest event date, or null
 * @param place        place name, or null
 * @param eventIds     the event mentions grouped here
 * @param articleIds   distinct articles reporting it
 * @param sources      number of distinct sources (outlets or claimants)
 * @param firstSeen    publication date of the earliest report (ISO), or null
 * @param lastSeen     publication date of the latest report (ISO), or null
 * @param confidence   0..1: how sure the grouping is (the coder's confidence in the occurrence, raised by
 *                     independent reports, lowered by weak joins)
 * @param joins        event id → the rule that joined that mention ("first" for the mention that started the group)
 */
public record Incident(String id, String sourceCountry, String targetCountry, String typeFamily, String firstDate,
                       String lastDate, String place, List<String> eventIds, List<String> articleIds, int sources,
                       String firstSeen, String lastSeen, double confidence, Map<String, String> joins) {
    public Incident {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("incident id must not be blank");
        eventIds = List.copyOf(eventIds);
        articleIds = List.copyOf(articleIds);
        if (eventIds.isEmpty()) throw new IllegalArgumentException("incident " + id + " has no events");
        if (!(confidence >= 0 && confidence <= 1)) throw new IllegalArgumentException("incident " + id + ": confidence out of 0..1: " + confidence);
        joins = joins == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(joins));
    }

    /** An incident without recorded joins and full confidence (fixtures, stores written before they existed). */
    public Incident(String id, String sourceCountry, String targetCountry, String typeFamily, String firstDate,
                    String lastDate, String place, List<String> eventIds, List<String> articleIds, int sources,
                    String firstSeen, String lastSeen) {
        this(id, sourceCountry, targetCountry, typeFamily, firstDate, lastDate, place, eventIds, articleIds, sources,
                firstSeen, lastSeen, 1.0, Map.of());
    }
}
