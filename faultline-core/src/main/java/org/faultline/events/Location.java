package org.faultline.events;

/**
 * Where an event took place, resolved through the gazetteer.
 *
 * @param name    canonical place name
 * @param country ISO 3166-1 alpha-3 of the place, or null
 * @param lat     latitude in degrees, or null when not known
 * @param lon     longitude in degrees, or null when not known
 */
public record Location(String name, String country, Double lat, Double lon) {
    public Location {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("location name must not be blank");
    }
}
