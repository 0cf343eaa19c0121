package org.faultline.geo;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.faultline.actors.CountryCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads GeoNames dumps (cities500.txt, cities15000.txt, allCountries.txt, XX.txt: UTF-8,
 * TAB-separated, 19 columns: geonameid, name, asciiname, alternatenames, latitude, longitude,
 * feature class, feature code, country code (alpha-2), cc2, admin1..4, population, elevation, dem,
 * timezone, modification date) into gazetteer places. Keeps feature classes A (regions),
 * P (populated places), L (areas), T (mountains) and H (water) and places with at least
 * {@code minPopulation} inhabitants (regions, mountains and water bodies are kept regardless).
 * Lines that cannot be read are skipped and reported in {@link Result#problems()}.
 */
public final class GazetteerImporter {
    private static final Logger LOG = LoggerFactory.getLogger(GazetteerImporter.class);
    private static final Set<String> CLASSES = Set.of("A", "P", "L", "T", "H");
    private static final Pattern LATIN = Pattern.compile(".*\\p{IsLatin}.*");
    private static final int MAX_PROBLEMS = 100;

    private final CountryCodes codes;
    private final long minPopulation;

    /** What an import read: entries in file order, and the lines it skipped (at most 100 listed). */
    public record Result(List<GeoNamesEntry> entries, List<String> problems, int skipped) {
        public Result {
            entries = List.copyOf(entries);
            problems = List.copyOf(problems);
        }
    }

    /**
     * @param codes         maps GeoNames' alpha-2 country codes to alpha-3
     * @param minPopulation populated places below this are skipped (0 keeps all)
     */
    public GazetteerImporter(CountryCodes codes, long minPopulation) {
        this.codes = Objects.requireNonNull(codes, "codes must not be null");
        if (minPopulation < 0) throw new IllegalArgumentException("minPopulation must be >= 0, was " + minPopulation);
        this.minPopulation = minPopulation;
    }

    /** Reads a GeoNames file. */
    public Result read(Path file) {
        if (file == null || !Files.isRegularFile(file))
            throw new IllegalArgumentException("GeoNames file " + file + " does not exist or is not a regular file");
        List<GeoNamesEntry> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int skipped = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                try {
                    GeoNamesEntry e = parse(line);
                    if (e != null) out.add(e);
                } catch (IllegalArgumentException ex) {
                    skipped++;
                    if (problems.size() < MAX_PROBLEMS) problems.add(file.getFileName() + ":" + n + ": " + ex.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read GeoNames file " + file, e);
        }
        if (skipped > 0) LOG.warn("{}: skipped {} unreadable lines, first: {}", file, skipped, problems.get(0));
        return new Result(out, problems, skipped);
    }

    /** {@code base} plus the places of a GeoNames file; larger places win name clashes among imports. */
    public Gazetteer importInto(Gazetteer base, Path file) {
        List<GeoNamesEntry> entries = new ArrayList<>(read(file).entries());
        entries.sort(Comparator.comparingLong(GeoNamesEntry::population).reversed());
        List<Map.Entry<String, Place>> names = new ArrayList<>();
        for (GeoNamesEntry e : entries) names.add(Map.entry(e.place().name(), e.place()));
        for (GeoNamesEntry e : entries) for (String alt : names(e)) names.add(Map.entry(alt, e.place()));
        return base.withNames(names);
    }

    /**
     * Converts a GeoNames file into Faultline's places format (see places.tsv) so it can be kept
     * and passed to {@link Gazetteer#load}. Returns the number of places written.
     */
    public int convert(Path geonames, Path placesFile) {
        Result result = read(geonames);
        try (BufferedWriter w = Files.newBufferedWriter(placesFile, StandardCharsets.UTF_8)) {
            w.write("# Places imported from GeoNames file " + geonames.getFileName()
                    + " (geonames.org, CC BY 4.0); format: see Faultline's places.tsv\n");
            for (GeoNamesEntry e : result.entries()) {
                Place p = e.place();
                List<String> alts = new ArrayList<>(names(e));
                w.write(String.join("\t", clean(p.name()), p.country() == null ? "-" : p.country(),
                        String.valueOf(p.lat()), String.valueOf(p.lon()), p.kind(),
                        alts.isEmpty() ? "-" : String.join(";", alts.stream().map(GazetteerImporter::clean).toList())));
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + placesFile, e);
        }
        return result.entries().size();
    }

    private GeoNamesEntry parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length < 15) throw new IllegalArgumentException("expected 19 TAB-separated GeoNames columns, found " + f.length);
        String featureClass = f[6];
        if (!CLASSES.contains(featureClass)) return null;
        long population = f[14].isBlank() ? 0 : parseLong(f[14], "population");
        if (featureClass.equals("P") && population < minPopulation) return null;
        double lat = parseDouble(f[4], "latitude");
        double lon = parseDouble(f[5], "longitude");
        String country = codes.alpha3(f[8]).orElse(null);
        Place p = new Place(f[1], country, lat, lon, kind(featureClass, f[7]));
        List<String> alts = new ArrayList<>();
        for (String a : f[3].split(",")) if (usable(a)) alts.add(a.strip());
        return new GeoNamesEntry(parseLong(f[0], "geonameid"), p, f[2], alts, f[7], population);
    }

    private static Set<String> names(GeoNamesEntry e) {
        Set<String> out = new LinkedHashSet<>();
        if (!e.asciiName().isBlank() && !e.asciiName().equals(e.place().name())) out.add(e.asciiName());
        for (String a : e.alternates()) if (!a.equals(e.place().name())) out.add(a);
        return out;
    }

    // Alternate names include airport codes, URLs and other scripts; news in English needs Latin names.
    private static boolean usable(String a) {
        String s = a.strip();
        if (s.length() < 2 || s.length() > 80 || s.contains("http") || s.contains("\t")) return false;
        if (s.length() <= 4 && s.equals(s.toUpperCase())) return false;
        return LATIN.matcher(s).matches();
    }

    private static String kind(String featureClass, String code) {
        return switch (featureClass) {
            case "P" -> code.equals("PPLC") ? "capital" : "city";
            case "A" -> code.startsWith("PCL") ? "country" : code.equals("ADM1") ? "province" : code.startsWith("ADM") ? "district" : "region";
            case "T" -> "mountain";
            case "H" -> "water";
            default -> "region";
        };
    }

    private static String clean(String s) { return s.replace('\t', ' ').replace(';', ','); }

    private static long parseLong(String v, String field) {
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " '" + v + "' is not a whole number");
        }
    }

    private static double parseDouble(String v, String field) {
        try {
            return Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " '" + v + "' is not a number");
        }
    }
}
