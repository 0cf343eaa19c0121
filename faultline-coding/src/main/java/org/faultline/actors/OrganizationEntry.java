package org.faultline.actors;

import java.time.LocalDate;
import java.util.List;

/**
 * An organisation of the actor dictionary ({@code org} records): IGOs, NGOs, armed groups,
 * parties, agencies, media.
 *
 * @param code    full CAMEO-style code (IGOUNO, NGOHRW, PSEREB)
 * @param country Actor.country: IGO, NGO, IMG or a state code
 * @param sector  default sector or null
 * @param name    canonical name
 * @param aliases other names and acronyms
 * @param from    first day this record applies, or null
 * @param to      last day this record applies, or null
 * @param wikidata Wikidata QID or null
 */
public record OrganizationEntry(String code, String country, String sector, String name, List<String> aliases,
                                LocalDate from, LocalDate to, String wikidata) {
    public OrganizationEntry {
        if (code == null || code.isBlank()) throw new IllegalArgumentException("organisation code must not be blank");
        if (name == null || name.isBlank()) throw new IllegalArgumentException("organisation name must not be blank for " + code);
        aliases = List.copyOf(aliases);
    }

    /** True for IGOs, NGOs and transnational groups, whose code is more than country + sector. */
    public boolean transnational() {
        return country.equals("IGO") || country.equals("NGO") || country.equals("IMG");
    }

    /** True when the record applies on {@code date} (always when date is null). */
    public boolean appliesOn(LocalDate date) {
        if (date == null) return to == null;
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}
