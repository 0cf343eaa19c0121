/**
 * Incidents: event mentions within and across articles that describe the same real-world occurrence,
 * grouped by {@link org.faultline.incidents.IncidentLinker}. Entry point:
 * {@code IncidentLinker.withBundledData(dictionary).link(events, articles)}; JSON through
 * {@link org.faultline.incidents.IncidentJson}.
 */
package org.faultline.incidents;
