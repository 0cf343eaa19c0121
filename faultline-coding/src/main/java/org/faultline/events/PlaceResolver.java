package org.faultline.events;

import java.util.Optional;

/**
 * Looks a place name up in a gazetteer. The event coder needs only this; wire it to the bundled
 * gazetteer (or a user's GeoNames import) with a lambda or method reference.
 */
@FunctionalInterface
public interface PlaceResolver {
    /** The place for a name as written ("Stepanakert", "the Lachin corridor"), if known. */
    Optional<Location> resolve(String name);

    /** Places from the gazetteer (bundled or with a user's GeoNames import). */
    static PlaceResolver of(org.faultline.geo.Gazetteer gazetteer) {
        if (gazetteer == null) throw new IllegalArgumentException("gazetteer must not be null");
        return name -> gazetteer.lookup(name).map(p -> new Location(p.name(), p.country(), p.lat(), p.lon()));
    }

    /** A resolver that knows no place: locations then keep their name only. */
    static PlaceResolver none() { return name -> Optional.empty(); }
}
