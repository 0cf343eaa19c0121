package org.faultline.store;

/**
 * A directed pair of countries that events connect, with how active it is (see {@link Store#dyads}).
 *
 * @param sourceCountry country code of the acting side
 * @param targetCountry country code of the side acted on
 * @param events        event mentions from source to target
 * @param occurrences   the same with each incident counted once
 */
public record Dyad(String sourceCountry, String targetCountry, long events, long occurrences) {}
