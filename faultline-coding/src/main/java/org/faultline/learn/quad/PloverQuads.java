package org.faultline.learn.quad;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.faultline.events.eval.GoldEvent;

/**
 * The quad class of each PLOVER event type, read from the bundled {@code plover-quads.tsv}
 * (documented at its top), to give gold sentences a quad. Every row is validated at load.
 */
public final class PloverQuads {
    private static final String RESOURCE = "/org/faultline/learn/quad/plover-quads.tsv";
    private final Map<String, Integer> quads;

    private PloverQuads(Map<String, Integer> quads) {
        this.quads = Map.copyOf(quads);
    }

    public static PloverQuads bundled() {
        Map<String, Integer> m = new TreeMap<>();
        try (InputStream in = PloverQuads.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " missing from the class path");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            for (int no = 1; (line = r.readLine()) != null; no++) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length != 2 || !f[1].strip().matches("[1-4]"))
                    throw new IllegalArgumentException(RESOURCE + ":" + no + ": expected 'TYPE TAB quad 1..4', got '" + line + "'");
                m.put(f[0].strip(), Integer.parseInt(f[1].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
        return new PloverQuads(m);
    }

    /** The quad of a type, or 0 when the table does not know it. */
    public int of(String type) {
        return quads.getOrDefault(type, 0);
    }

    /** A gold sentence's quad: the most frequent quad among its records (the first breaks ties), 0 when it has none. */
    public int ofGold(List<GoldEvent> events) {
        int[] count = new int[QuadModel.CLASSES];
        int first = 0;
        for (GoldEvent e : events) {
            int q = of(e.type());
            if (q == 0) continue;
            if (first == 0) first = q;
            count[q]++;
        }
        int best = first;
        for (int q = 1; q < QuadModel.CLASSES; q++) if (count[q] > count[best]) best = q;
        return best;
    }
}
