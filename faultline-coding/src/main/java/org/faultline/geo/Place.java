package org.faultline.geo;

/**
 * A named place of the gazetteer.
 *
 * @param name    canonical name
 * @param country ISO 3166-1 alpha-3 of the state the place is recognised as part of, or null
 * @param lat     latitude in decimal degrees (-90..90)
 * @param lon     longitude in decimal degrees (-180..180)
 * @param kind    country, capital, city, town, village, region, province, district, mountain,
 *                water, corridor, crossing, or a GeoNames feature class name for imported places
 */
public record Place(String name, String country, double lat, double lon, String kind) {
    public Place {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("place name must not be blank");
        if (Double.isNaN(lat) || lat < -90 || lat > 90) throw new IllegalArgumentException("latitude of '" + name + "' out of range: " + lat);
        if (Double.isNaN(lon) || lon < -180 || lon > 180) throw new IllegalArgumentException("longitude of '" + name + "' out of range: " + lon);
        if (kind == null || kind.isBlank()) kind = "place";
    }
}
