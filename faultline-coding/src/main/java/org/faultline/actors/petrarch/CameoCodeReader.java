package org.faultline.actors.petrarch;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.faultline.actors.ActorDictionary;
import org.faultline.actors.CountryCodes;
import org.faultline.actors.TsvLine;

/**
 * Decodes PETRARCH2 codes into {@link CameoCode}s. Needs the country table of our own states
 * (CAMEO codes such as JAP or ROM map to ISO alpha-3, de-facto entities keep our documented codes)
 * and the block table {@code cameo-sectors.tsv} beside this class.
 */
public final class CameoCodeReader {
    private static final Set<String> TRANSNATIONAL = Set.of("IGO", "NGO", "IMG");
    private final CountryCodes countries;
    private final Map<String, String> blocks = new HashMap<>();

    /** @param countries our state table (e.g. {@code ActorDictionary.bundledOwn().countryCodes()}) */
    public CameoCodeReader(CountryCodes countries) {
        this.countries = countries;
        String name = "cameo-sectors.tsv";
        InputStream in = CameoCodeReader.class.getResourceAsStream(name);
        if (in == null) throw new IllegalStateException(name + " is missing from the classpath beside " + getClass().getName());
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (TsvLine l : TsvLine.readAll(reader, "org/faultline/actors/petrarch/" + name)) {
            l.requireFieldCount(2, 2, "block, sector");
            String block = l.code(0, "block", 3, 3);
            String sector = l.optional(1);
            if (sector != null && !ActorDictionary.sectorCodes().contains(sector))
                throw l.error("sector", "'" + sector + "' is not a Faultline sector code");
            blocks.put(block, sector == null ? "" : sector);
        }
    }

    /**
     * The decoded code, or empty when its first block is neither a country we know nor
     * IGO/NGO/IMG (regions such as AFR or EUR, multinational companies MNC, unknown codes).
     */
    public Optional<CameoCode> decode(String code) {
        if (code.length() < 3 || code.length() % 3 != 0 || !code.matches("[A-Z]+")) return Optional.empty();
        String first = code.substring(0, 3);
        String country;
        if (TRANSNATIONAL.contains(first)) country = first;
        else {
            Optional<String> iso = countries.state(countries.toIso(first)).map(s -> s.code());
            if (iso.isEmpty()) return Optional.empty();
            country = iso.get();
        }
        String sector = null;
        StringBuilder org = new StringBuilder();
        for (int i = 3; i < code.length(); i += 3) {
            String b = code.substring(i, i + 3);
            String s = sectorOf(b);
            if (s == null) org.append(b);
            else if (!s.isEmpty() && sector == null) sector = s;
        }
        return Optional.of(new CameoCode(code, country, sector, org.toString()));
    }

    /** The sector a block stands for, "" for an ignored qualifier, null for an organisation block. */
    String sectorOf(String block) {
        if (blocks.containsKey(block)) return blocks.get(block);
        return ActorDictionary.sectorCodes().contains(block) ? block : null;
    }

    /** Whether a code is a bare sector (PETRARCH2's {@code [ELI]} without a country). */
    boolean bareSector(String code) {
        return code.length() == 3 && sectorOf(code) != null;
    }

    static List<String> transnationalPrefixes() { return List.copyOf(TRANSNATIONAL); }
}
