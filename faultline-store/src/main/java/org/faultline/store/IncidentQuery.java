package org.faultline.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Filters for {@link Store#incidents(IncidentQuery)}: start from {@link #all()} and narrow it.
 * Every filter left null matches everything; codes compare upper case. The date range keeps
 * incidents whose span (first day of first date to last day of last date) overlaps [from, to];
 * undated incidents never match a range. Results in date order (undated last), then stored order.
 *
 * @param sourceCountry country code of the acting side
 * @param targetCountry country code of the side acted on
 * @param country       country code of either side
 * @param typeFamily    PLOVER type family
 * @param from          first day of the range, inclusive
 * @param to            last day of the range, inclusive
 * @param minSources    at least this many distinct sources (0 for any)
 * @param limit         at most this many, or -1 for no limit
 * @param offset        skip this many first
 */
public record IncidentQuery(String sourceCountry, String targetCountry, String country, String typeFamily,
                            LocalDate from, LocalDate to, int minSources, int limit, int offset) {
    public IncidentQuery {
        QueryParts.checkPage(limit, offset);
        if (minSources < 0) throw new IllegalArgumentException("minSources must be >= 0, was " + minSources);
        if (from != null && to != null && to.isBefore(from))
            throw new IllegalArgumentException("date range is reversed: from " + from + " to " + to);
        sourceCountry = QueryParts.upper(sourceCountry);
        targetCountry = QueryParts.upper(targetCountry);
        country = QueryParts.upper(country);
        typeFamily = QueryParts.upper(typeFamily);
    }

    public static IncidentQuery all() { return new IncidentQuery(null, null, null, null, null, null, 0, -1, 0); }

    /** Incidents from {@code source} to {@code target}; either may be null for "any". */
    public IncidentQuery dyad(String source, String target) {
        return new IncidentQuery(source, target, country, typeFamily, from, to, minSources, limit, offset);
    }

    public IncidentQuery involving(String code) {
        return new IncidentQuery(sourceCountry, targetCountry, code, typeFamily, from, to, minSources, limit, offset);
    }

    public IncidentQuery typeFamily(String family) {
        return new IncidentQuery(sourceCountry, targetCountry, country, family, from, to, minSources, limit, offset);
    }

    public IncidentQuery between(LocalDate first, LocalDate last) {
        return new IncidentQuery(sourceCountry, targetCountry, country, typeFamily, first, last, minSources, limit, offset);
    }

    public IncidentQuery minSources(int n) {
        return new IncidentQuery(sourceCountry, targetCountry, country, typeFamily, from, to, n, limit, offset);
    }

    public IncidentQuery page(int maxResults, int skip) {
        return new IncidentQuery(sourceCountry, targetCountry, country, typeFamily, from, to, minSources, maxResults, skip);
    }

    String where(List<Object> params) {
        List<String> clauses = new ArrayList<>();
        QueryParts.add(clauses, params, "source_country = ?", sourceCountry);
        QueryParts.add(clauses, params, "target_country = ?", targetCountry);
        if (country != null) {
            clauses.add("(source_country = ? OR target_country = ?)");
            params.add(country);
            params.add(country);
        }
        QueryParts.add(clauses, params, "type_family = ?", typeFamily);
        QueryParts.add(clauses, params, "last_to >= ?", from == null ? null : from.toString());
        QueryParts.add(clauses, params, "first_from <= ?", to == null ? null : to.toString());
        QueryParts.add(clauses, params, "sources >= ?", minSources > 0 ? minSources : null);
        return QueryParts.where(clauses);
    }
}
