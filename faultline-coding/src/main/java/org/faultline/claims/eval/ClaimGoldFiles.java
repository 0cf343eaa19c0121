package org.faultline.claims.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the TSV gold files of claims and contradictions (formats documented at their top). */
public final class ClaimGoldFiles {
    private ClaimGoldFiles() {}

    public static List<GoldClaim> claims(Path file) {
        List<GoldClaim> out = new ArrayList<>();
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            String[] f = fields(lines.get(i));
            if (f == null) continue;
            if (f.length != 6) throw new IllegalArgumentException(file + ":" + (i + 1) + ": a gold claim needs 6 TAB-separated fields, found " + f.length);
            out.add(new GoldClaim(f[0], number(f[1], file, i), f[2], dash(f[3]), f[4], dash(f[5])));
        }
        return out;
    }

    public static List<GoldContradiction> contradictions(Path file) {
        List<GoldContradiction> out = new ArrayList<>();
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            String[] f = fields(lines.get(i));
            if (f == null) continue;
            if (f.length != 7) throw new IllegalArgumentException(file + ":" + (i + 1) + ": a gold contradiction needs 7 TAB-separated fields, found " + f.length);
            out.add(new GoldContradiction(f[0], number(f[1], file, i), f[2], f[3], number(f[4], file, i), f[5], f[6]));
        }
        return out;
    }

    private static List<String> lines(Path file) {
        if (file == null) throw new IllegalArgumentException("gold file must not be null");
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + file, e);
        }
    }

    private static String[] fields(String line) {
        if (line.isBlank() || line.startsWith("#")) return null;
        return line.strip().split("\t");
    }

    private static int number(String s, Path file, int line) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ":" + (line + 1) + ": sentence index must be a number, was '" + s + "'");
        }
    }

    private static String dash(String s) { return s.equals("-") ? null : s; }
}
