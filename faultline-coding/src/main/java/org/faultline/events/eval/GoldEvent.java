package org.faultline.events.eval;

import java.util.Set;

/**
 * One gold-coded event, its labels mapped to PLOVER 2.0 and its country codes to ISO.
 *
 * @param id       the gold record's id
 * @param type     PLOVER type (DEMAND read as REQUEST, DISAPPROVE and INVESTIGATE as ACCUSE, FIGHT as ASSAULT)
 * @param sources  source countries; empty when the record has no source
 * @param targets  target countries; empty when the record has no target
 */
public record GoldEvent(String id, String type, Set<String> sources, Set<String> targets) {
    public GoldEvent {
        if (type == null || type.isBlank()) throw new IllegalArgumentException("gold event " + id + " needs a type");
        sources = Set.copyOf(sources);
        targets = Set.copyOf(targets);
    }

    /** Compound actors coded as both source and target of each other ("X and Y agreed"). */
    public boolean mutual() { return targets.isEmpty() && sources.size() > 1; }

    boolean acceptsSource(String country) {
        return sources.isEmpty() ? country == null : country != null && sources.contains(country);
    }

    boolean acceptsTarget(String country, String source) {
        if (country == null) return targets.isEmpty();
        if (targets.isEmpty()) return mutual() && sources.contains(country) && !country.equals(source);
        return targets.contains(country);
    }
}
