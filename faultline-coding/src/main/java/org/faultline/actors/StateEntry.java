package org.faultline.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A state or de-facto entity of the actor dictionary ({@code state} records).
 *
 * @param code       actor country code: ISO 3166-1 alpha-3, or a documented code for de-facto entities
 * @param iso2       ISO 3166-1 alpha-2 or null
 * @param otherCodes CAMEO or historic codes meaning the same entity (JAP, ITL, USR...)
 * @param defacto    true for de-facto entities (NKR, ABK...)
 * @param parent     for de-facto entities, the state they are recognised as part of; else null
 * @param from       first day of existence or null
 * @param to         last day of existence or null
 * @param name       canonical English name
 * @param aliases    other names denoting the country
 * @param demonyms   adjectives and names of its people
 * @param metonyms   places/institutions standing for an organ of the state, mapped to its sector
 * @param wikidata   Wikidata QID or null
 */
public record StateEntry(String code, String iso2, List<String> otherCodes, boolean defacto, String parent,
                         LocalDate from, LocalDate to, String name, List<String> aliases,
                         List<String> demonyms, Map<String, String> metonyms, String wikidata) {
    public StateEntry {
        if (code == null || code.isBlank()) throw new IllegalArgumentException("state code must not be blank");
        if (name == null || name.isBlank()) throw new IllegalArgumentException("state name must not be blank for " + code);
        otherCodes = List.copyOf(otherCodes);
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
        metonyms = Map.copyOf(metonyms);
    }

    /** True when the entity exists on {@code date} (always when date is null). */
    public boolean existsOn(LocalDate date) {
        if (date == null) return true;
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}
