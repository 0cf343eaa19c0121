package org.faultline.actors;

import java.util.Optional;

/**
 * Tells which country a place name belongs to ("Darfur" → SDN). The resolver uses it for
 * mentions located by a place ("rebels in Darfur", "refugees from Aleppo") and for bare place
 * names used as actors. {@code org.faultline.geo.Gazetteer} implements it.
 */
@FunctionalInterface
public interface PlaceCountries {
    /** ISO alpha-3 of the country the named place is in, if the place is known. */
    Optional<String> countryOf(String placeName);

    /** Knows no places. */
    PlaceCountries NONE = name -> Optional.empty();
}
