package org.faultline.incidents;

import java.util.List;

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
 */
public record Incident(String id, String sourceCountry, String targetCountry, String typeFamily, String firstDate,
                       String lastDate, String place, List<String> eventIds, List<String> articleIds, int sources,
                       String firstSeen, String lastSeen) {
    public Incident {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("incident id must not be blank");
        eventIds = List.copyOf(eventIds);
        articleIds = List.copyOf(articleIds);
        if (eventIds.isEmpty()) throw new IllegalArgumentException("incident " + id + " has no events");
    }
}
