package org.faultline.events.cameo;

import java.io.BufferedReader;
import org.faultline.io.BundledResource;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * CAMEO codes with Goldstein values and quad classes, read from the bundled, documented
 * {@code cameo-goldstein.tsv}. A code not listed falls back to its 3-digit parent, then its root.
 */
public final class CameoTable {
    static final String BUNDLED = "/org/faultline/events/cameo-goldstein.tsv";
    private final Map<String, CameoEntry> entries;

    private CameoTable(Map<String, CameoEntry> entries) { this.entries = Map.copyOf(entries); }

    public static CameoTable bundled() {
        return BundledResource.read(CameoTable.class, BUNDLED,
                in -> read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), "cameo-goldstein.tsv"));
    }

    static CameoTable read(BufferedReader in, String name) throws IOException {
        Map<String, CameoEntry> map = new HashMap<>();
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) continue;
            String[] f = t.split("\\s+", 4);
            if (f.length < 4) throw new IllegalArgumentException(name + ":" + lineNo + ": expected 'code goldstein quad name', got '" + t + "'");
            try {
                map.put(f[0], new CameoEntry(f[0], Double.parseDouble(f[1]), Integer.parseInt(f[2]), f[3]));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + ":" + lineNo + ": bad number in '" + t + "'", e);
            }
        }
        return new CameoTable(map);
    }

    /** The entry for a code, falling back to its parent and root; empty for an unknown root. */
    public Optional<CameoEntry> lookup(String code) {
        if (code == null) return Optional.empty();
        for (String c = code; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
            CameoEntry e = entries.get(c);
            if (e != null) return Optional.of(e);
        }
        return Optional.empty();
    }

    /** Like {@link #lookup} but fails with a message naming the code. */
    public CameoEntry require(String code) {
        return lookup(code).orElseThrow(() -> new IllegalArgumentException("CAMEO code '" + code + "' is not in the Goldstein table"));
    }

    public int size() { return entries.size(); }
}
