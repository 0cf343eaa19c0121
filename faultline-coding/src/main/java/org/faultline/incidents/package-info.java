/**
 * Incidents: event mentions within and across articles that describe the same real-world occurrence,
 * grouped by {@link org.faultline.incidents.IncidentLinker}. Entry point:
 * {@code IncidentLinker.withBundledData(dictionary).link(events, articles)}; JSON through
 * {@link org.faultline.incidents.IncidentJson}.
 * <p>
 * <b>Content only.</b> What a mention looks like to the linker (its family, dyad, dates, place and
 * weighted words) depends on its own event and article alone. Word weights are a fixed table shipped
 * here ({@code term-weights.tsv}, {@link org.faultline.incidents.TermWeights}) rather than TF-IDF over
 * the linked batch: with batch statistics, linking a time window (ingest) and linking the whole store
 * ({@code faultline link}) weighed the same sentence differently and a join at a threshold could flip.
 * Incident ids derive from the earliest report's event id, so they do not depend on insertion order.
 * <p>
 * Hand-written rather than a library: the linker is a greedy, blocked agglomeration over a few
 * domain rules (dates to their precision, dyads, places); general clustering libraries on Maven
 * Central (e.g. Smile, ELKI) cluster points in a metric space and would need these rules as a
 * distance anyway.
 */
package org.faultline.incidents;
