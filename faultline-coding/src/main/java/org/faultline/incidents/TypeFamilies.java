package org.faultline.incidents;

import java.io.BufferedReader;
import org.faultline.io.BundledResource;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * PLOVER types grouped into families of close types, read from {@code type-families.tsv} (documented
 * at its top). Only mentions of one family can be one incident; the family also says whether a
 * reversed dyad may be the same occurrence and how far apart dates may lie.
 */
public final class TypeFamilies {
    /** One family's linking parameters. */
    public record Family(String name, boolean symmetric, int windowDays, int maxSpanDays, int recallDays) {}

    private final Map<String, Family> byType;

    private TypeFamilies(Map<String, Family> byType) {
        this.byType = Map.copyOf(byType);
    }

    /** The bundled table. */
    public static TypeFamilies bundled() {
        return BundledResource.read(TypeFamilies.class, "type-families.tsv", in -> read(in, "type-families.tsv"));
    }

    /** Reads a table in the bundled format; {@code source} names it in error messages. */
    public static TypeFamilies read(InputStream in, String source) throws IOException {
        Map<String, Family> families = new HashMap<>();
        Map<String, Family> byType = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) continue;
            String[] f = t.split("\\s+");
            if (f.length != 6) throw new IllegalArgumentException(source + ":" + n + ": expected 6 fields (type family symmetric window max_span recall), got " + f.length);
            try {
                Family fam = new Family(f[1].toLowerCase(Locale.ROOT), f[2].equalsIgnoreCase("yes"),
                        Integer.parseInt(f[3]), Integer.parseInt(f[4]), Integer.parseInt(f[5]));
                Family known = families.putIfAbsent(fam.name(), fam);
                if (known != null && !known.equals(fam))
                    throw new IllegalArgumentException(source + ":" + n + ": family '" + fam.name() + "' given other parameters than before");
                byType.put(f[0].toUpperCase(Locale.ROOT), fam);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(source + ":" + n + ": window, max_span and recall must be whole days: " + t);
            }
        }
        return new TypeFamilies(byType);
    }

    /** The family of a PLOVER type; an unlisted type is a family of its own. */
    public Family of(String ploverType) {
        if (ploverType == null || ploverType.isBlank()) throw new IllegalArgumentException("PLOVER type must not be blank, was '" + ploverType + "'");
        Family f = byType.get(ploverType.toUpperCase(Locale.ROOT));
        return f != null ? f : new Family(ploverType.toLowerCase(Locale.ROOT), false, 2, 3, 0);
    }
}
