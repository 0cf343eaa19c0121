package org.faultline.store;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts over the whole store, for {@code faultline stats}.
 *
 * @param articles            stored articles
 * @param duplicates          articles linked to an earlier one (exact or near duplicates)
 * @param annotated           articles stored with their annotation
 * @param sentences           sentences
 * @param tokens              tokens
 * @param entities            entity mentions
 * @param times               time expressions
 * @param quotes              quotations
 * @param events              coded events
 * @param claims              attributed claims
 * @param incidents           incidents (groups of event reports)
 * @param contradictions      contradictions between claims
 * @param commitments         commitments in the ledger
 * @param entitiesByType      entity mentions per type, most frequent first
 * @param eventsByType        events per PLOVER type, most frequent first
 * @param eventsByFactuality  events per factuality
 * @param firstPublished      earliest publication date, or null
 * @param lastPublished       latest publication date, or null
 * @param schemaVersion       the database's schema version
 */
public record StoreStats(long articles, long duplicates, long annotated, long sentences, long tokens, long entities,
                         long times, long quotes, long events, long claims, long incidents,
                         long contradictions, long commitments, Map<String, Long> entitiesByType,
                         Map<String, Long> eventsByType, Map<String, Long> eventsByFactuality,
                         LocalDate firstPublished, LocalDate lastPublished, int schemaVersion) {
    public StoreStats {
        entitiesByType = Collections.unmodifiableMap(new LinkedHashMap<>(entitiesByType));
        eventsByType = Collections.unmodifiableMap(new LinkedHashMap<>(eventsByType));
        eventsByFactuality = Collections.unmodifiableMap(new LinkedHashMap<>(eventsByFactuality));
    }
}
