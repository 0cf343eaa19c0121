package org.faultline.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.faultline.actors.PlaceCountries;
import org.faultline.actors.TsvLine;
import org.faultline.actors.Words;

/**
 * Looks up place names (case- and diacritic-insensitive, with aliases: "Stepanakert" and
 * "Khankendi" are the same place). The bundled gazetteer ({@link #bundled()}) covers every
 * country (centroid), every capital and the places of the South Caucasus and other frequently
 * reported conflict areas; {@link #load(List)} adds a user's files in the same format and
 * {@link GazetteerImporter} reads GeoNames dumps. When names collide, the entry added first wins,
 * so bundled places keep precedence over added ones. Immutable.
 */
public final class Gazetteer implements PlaceCountries {
    /** Resource path of the bundled places file. */
    public static final String BUNDLED = "places.tsv";

    private final Map<String, Place> byName;
    private final Map<String, Place> countries = new HashMap<>();
    private final int places;

    private Gazetteer(Map<String, Place> byName, int places) {
        this.byName = Map.copyOf(byName);
        this.places = places;
        for (Place p : this.byName.values())
            if (p.kind().equals("country") && p.country() != null) countries.putIfAbsent(p.country(), p);
    }

    /** The field layer: places PETRARCH2 lists under its countries, located to the country only (see PetrarchPlaces). */
    public static final String FIELD = "/org/faultline/actors/petrarch2/places.tsv";
    private static volatile Gazetteer bundled;

    /** The gazetteer shipped with Faultline: our own places, then the field layer beneath them (ours win on a name). */
    public static Gazetteer bundled() {
        Gazetteer g = bundled;
        if (g != null) return g;
        g = bundledOwn();
        try (InputStream in = Gazetteer.class.getResourceAsStream(FIELD)) {
            if (in != null) g = g.withPlaceFile(in, FIELD.substring(1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FIELD, e);
        }
        bundled = g;
        return g;
    }

    /** Only Faultline's own hand-written places.tsv (what the PETRARCH2 conversion is checked against). */
    public static Gazetteer bundledOwn() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(BUNDLED)) {
            if (in == null) throw new IllegalStateException("bundled gazetteer " + BUNDLED + " is missing from the classpath");
            return new Gazetteer(Map.of(), 0).withPlaceFile(in, "org/faultline/geo/" + BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled gazetteer " + BUNDLED, e);
        }
    }

    /** The bundled gazetteer extended with places files (the format of places.tsv). */
    public static Gazetteer load(List<Path> placeFiles) {
        Gazetteer g = bundled();
        for (Path f : Objects.requireNonNull(placeFiles, "placeFiles")) {
            if (f == null || !Files.isRegularFile(f))
                throw new IllegalArgumentException("gazetteer file " + f + " does not exist or is not a regular file");
            try (InputStream in = Files.newInputStream(f)) {
                g = g.withPlaceFile(in, f.toString());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read gazetteer file " + f, e);
            }
        }
        return g;
    }

    /** A gazetteer with this one's places plus {@code extra}, each under its name only. */
    public Gazetteer with(Collection<Place> extra) {
        List<Map.Entry<String, Place>> names = new ArrayList<>();
        for (Place p : extra) names.add(Map.entry(p.name(), p));
        return withNames(names);
    }

    /** A gazetteer with this one's names plus the given name → place pairs (first name wins). */
    Gazetteer withNames(List<Map.Entry<String, Place>> names) {
        Map<String, Place> map = new HashMap<>(byName);
        Set<Place> added = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map.Entry<String, Place> e : names) {
            String k = key(e.getKey());
            if (!k.isEmpty() && map.putIfAbsent(k, e.getValue()) == null) added.add(e.getValue());
        }
        return new Gazetteer(map, places + added.size());
    }

    /** A gazetteer with this one's places plus those of {@code in} (places.tsv format). */
    Gazetteer withPlaceFile(InputStream in, String source) {
        Map<String, Place> map = new HashMap<>(byName);
        int n = places;
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (TsvLine l : TsvLine.readAll(reader, source)) {
            l.requireFieldCount(5, 6, "name, country, lat, lon, kind, aliases");
            Place p = parse(l);
            boolean added = map.putIfAbsent(key(p.name()), p) == null;
            for (String alias : l.list(5)) added |= map.putIfAbsent(key(alias), p) == null;
            if (added) n++;
        }
        return new Gazetteer(map, n);
    }

    private static Place parse(TsvLine l) {
        String country = l.optional(1);
        if (country != null && !country.matches("[A-Z]{3}"))
            throw l.error("country", "'" + country + "' must be an ISO 3166-1 alpha-3 code or '-'");
        Double lat = l.number(2, "lat");
        Double lon = l.number(3, "lon");
        if (lat == null || lat < -90 || lat > 90) throw l.error("lat", "must be a latitude between -90 and 90");
        if (lon == null || lon < -180 || lon > 180) throw l.error("lon", "must be a longitude between -180 and 180");
        return new Place(l.text(0, "name"), country, lat, lon, l.text(4, "kind"));
    }

    /** The place with this name or alias ("Stepanakert", "the Lachin corridor" → Lachin corridor). */
    public Optional<Place> lookup(String name) {
        if (name == null || name.isBlank()) return Optional.empty();
        String k = key(name);
        Place p = byName.get(k);
        if (p == null && k.startsWith("the ")) p = byName.get(k.substring(4));
        return Optional.ofNullable(p);
    }

    /** The country entry (centroid) for an ISO alpha-3 code, e.g. to locate an event known only by country. */
    public Optional<Place> country(String iso3) {
        return iso3 == null ? Optional.empty() : Optional.ofNullable(countries.get(iso3));
    }

    /** The country of the named place; lets {@code DictionaryActorResolver} locate mentions. */
    @Override
    public Optional<String> countryOf(String placeName) {
        return lookup(placeName).map(Place::country);
    }

    /** Number of distinct places (not names). */
    public int size() { return places; }

    /** Number of names and aliases that can be looked up. */
    public int nameCount() { return byName.size(); }

    private static String key(String name) { return Words.normPhrase(name); }
}
