package org.faultline.geo;

import java.util.List;

/**
 * One line of a GeoNames dump as Faultline uses it.
 *
 * @param geonameId   GeoNames id
 * @param place       the place (country mapped from alpha-2 to alpha-3)
 * @param asciiName   the ASCII name
 * @param alternates  alternate names in Latin script (codes and URLs dropped)
 * @param featureCode GeoNames feature code (PPLC, ADM1, ...)
 * @param population  population, 0 when unknown
 */
public record GeoNamesEntry(long geonameId, Place place, String asciiName, List<String> alternates, String featureCode,
                            long population) {
    public GeoNamesEntry {
        alternates = List.copyOf(alternates);
    }
}
