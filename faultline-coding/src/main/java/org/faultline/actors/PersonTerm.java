package org.faultline.actors;

import java.time.LocalDate;
import java.util.List;

/**
 * One term of office of a named person ({@code person} records); a person has one record per term.
 *
 * @param name        canonical full name
 * @param aliases     other spellings, distinctive surname
 * @param affiliation state code (ARM) or organisation code (IGOEUR)
 * @param sector      sector while in this office, or null
 * @param office      the office held
 * @param from        first day in office, or null
 * @param to          last day in office, or null if still in office
 * @param wikidata    Wikidata QID or null
 */
public record PersonTerm(String name, List<String> aliases, String affiliation, String sector, String office,
                         LocalDate from, LocalDate to, String wikidata) {
    public PersonTerm {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("person name must not be blank");
        if (affiliation == null || affiliation.isBlank())
            throw new IllegalArgumentException("person affiliation must not be blank for " + name);
        aliases = List.copyOf(aliases);
    }

    /** True when the person holds this office on {@code date}. */
    public boolean holdsOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** Days between {@code date} and this term (0 when inside it). */
    public long distanceDays(LocalDate date) {
        if (holdsOn(date)) return 0;
        if (from != null && date.isBefore(from)) return from.toEpochDay() - date.toEpochDay();
        return to == null ? 0 : date.toEpochDay() - to.toEpochDay();
    }
}
