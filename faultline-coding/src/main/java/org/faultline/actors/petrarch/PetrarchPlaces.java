package org.faultline.actors.petrarch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faultline.geo.Gazetteer;
import org.faultline.geo.Place;

/**
 * Places named in PETRARCH2's country entries. Its country actors list, under each country, the
 * names of its provinces, cities and regions as aliases ("MALI_ [MLI]" with "+BAMAKO_",
 * "+TIMBUCKTU_"): the knowledge a coder needs to put "gunmen abducted aid workers near Gao" in a
 * country. These become a gazetteer layer beneath Faultline's own {@code places.tsv}: kind
 * {@value #KIND}, located to the country only, with the country's centroid as coordinates (the
 * source has none). Our own entries win on a shared name; names under three letters, ordinary
 * words, names made only of directions ("North West": a region in many countries) and names whose
 * country has no centroid in our gazetteer are left out.
 */
public final class PetrarchPlaces {
    /** The file written beside the converted actors. */
    public static final String FILE = "places.tsv";
    /** The kind of every converted place: known to lie in its country, nothing finer. */
    public static final String KIND = "within-country";
    private static final Pattern COUNTRY_HEAD = Pattern.compile("^([A-Z][A-Z0-9_'.\\-]*?)_?\\s+\\[([A-Z]{3})]\\s*(#.*)?$");

    /** One converted place: its written name and the country it lies in. */
    public record Row(String name, String country, Place centroid) {}

    private PetrarchPlaces() {}

    /** Reads the country entries of PETRARCH2's countries file and keeps the names that pass the filters. */
    public static List<Row> read(Path countriesFile, Gazetteer own, Predicate<String> ordinary) {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(countriesFile, StandardCharsets.UTF_8)) {
            String line, country = null;
            while ((line = in.readLine()) != null) {
                Matcher head = COUNTRY_HEAD.matcher(line);
                if (head.matches()) { country = head.group(2); continue; }
                if (line.startsWith("+") && country != null) {
                    String name = NameForms.shape(line.substring(1).split("#")[0].replace('_', ' ').strip().replaceAll("\\s+", " "), false);
                    keep(rows, name, country, own, ordinary);
                } else if (!line.isBlank() && !line.startsWith("+")) {
                    country = null; // a person or the next entry: the country block is over
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + countriesFile, e);
        }
        List<Row> out = new ArrayList<>(rows.values());
        out.sort(Comparator.comparing(Row::country).thenComparing(Row::name));
        return out;
    }

    /** Words of direction and position: a name made only of them ("North West", "Centre") is a region in many countries. */
    private static final java.util.Set<String> DIRECTIONS = java.util.Set.of("north", "south", "east", "west", "northern",
            "southern", "eastern", "western", "central", "centre", "center", "upper", "lower", "far", "middle", "northwest",
            "northeast", "southwest", "southeast", "north-west", "north-east", "south-west", "south-east");

    private static boolean onlyDirections(String name) {
        for (String w : name.toLowerCase(Locale.ROOT).split("[\\s]+")) if (!DIRECTIONS.contains(w)) return false;
        return true;
    }

    private static void keep(Map<String, Row> rows, String name, String country, Gazetteer own, Predicate<String> ordinary) {
        if (NameForms.letters(name) < 3 || ordinary.test(name) || onlyDirections(name) || own.lookup(name).isPresent()) return;
        Place centroid = own.country(country).orElse(null);
        if (centroid == null) return;
        rows.putIfAbsent(name.toLowerCase(Locale.ROOT), new Row(name, country, centroid));
    }

    /** The rows in the gazetteer's file format, with a header naming source, licence and the coordinates' meaning. */
    public static String render(List<Row> rows) {
        StringBuilder b = new StringBuilder();
        b.append("# Places converted from PETRARCH2's country dictionary (Phoenix.Countries.actors.txt, openeventdata/petrarch2,\n")
                .append("# MIT licence: see LICENSE-petrarch2 beside this file) by `faultline dictionaries convert`. Do not edit:\n")
                .append("# re-run the converter. Each name is an alias PETRARCH2 lists under a country (a province, city or\n")
                .append("# region); kind '").append(KIND).append("' means the place is known to lie in that country and nothing finer:\n")
                .append("# its coordinates are the country's centroid from Faultline's own places.tsv, whose entries win on a\n")
                .append("# shared name. Format: that of org/faultline/geo/places.tsv.\n");
        for (Row r : rows)
            b.append(r.name()).append('\t').append(r.country()).append('\t').append(r.centroid().lat()).append('\t')
                    .append(r.centroid().lon()).append('\t').append(KIND).append('\t').append('-').append('\n');
        return b.toString();
    }
}
