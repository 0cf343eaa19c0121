package org.faultline.events.patterns;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.faultline.events.PloverType;

/**
 * Reads the pattern file format documented at the top of {@code patterns.tsv}. Errors name the
 * file, the line and the bad field, so a user's own pattern file can be fixed from the message.
 */
final class PatternFileReader {
    /** The PLOVER types and the cue pseudo-type, which marks a word that only helps another pattern. */
    static final Set<String> TYPES = types();

    private PatternFileReader() {}

    private static Set<String> types() {
        Set<String> t = new java.util.LinkedHashSet<>(PloverType.names());
        t.add(Pattern.CUE);
        return java.util.Collections.unmodifiableSet(t);
    }

    static List<Pattern> read(Reader reader, String name) throws IOException {
        List<Pattern> out = new ArrayList<>();
        BufferedReader in = new BufferedReader(reader);
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) continue;
            out.add(parse(trimmed, name + ":" + lineNo));
        }
        return out;
    }

    static Pattern parse(String line, String origin) {
        String[] f = line.split("\\s+");
        if (f.length != 8)
            throw new IllegalArgumentException(origin + ": expected 8 columns (lemma pos requires type mode context cameo embeds), found "
                    + f.length + " in '" + line + "'");
        String lemma = f[0].toLowerCase(Locale.ROOT);
        if (f[1].length() != 1) throw new IllegalArgumentException(origin + ": pos must be V, N, A or X, was '" + f[1] + "'");
        String type = f[3].toUpperCase(Locale.ROOT);
        if (!TYPES.contains(type)) throw new IllegalArgumentException(origin + ": unknown type '" + f[3] + "', expected one of " + TYPES);
        String cameo = dash(f[6]);
        if (cameo != null && !cameo.matches("\\d{2,4}"))
            throw new IllegalArgumentException(origin + ": CAMEO code must be 2-4 digits, was '" + f[6] + "'");
        if (cameo == null && !Pattern.CUE.equals(type)) throw new IllegalArgumentException(origin + ": event pattern needs a CAMEO code");
        Embed embed;
        try {
            embed = Embed.parse(f[7]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(origin + ": unknown embeds value '" + f[7] + "', expected one of "
                    + Arrays.toString(Embed.values()).toLowerCase(Locale.ROOT) + " or -");
        }
        List<String> context = dash(f[5]) == null ? List.of() : List.of(f[5].split(","));
        return new Pattern(lemma, f[1].toUpperCase(Locale.ROOT).charAt(0), requirements(f[2], origin), type, dash(f[4]),
                context, cameo, embed, origin);
    }

    private static List<Requirement> requirements(String field, String origin) {
        if ("-".equals(field)) return List.of();
        List<Requirement> out = new ArrayList<>();
        for (String part : field.split(",")) {
            int colon = part.indexOf(':');
            String kindName = colon < 0 ? part : part.substring(0, colon);
            Requirement.Kind kind;
            try {
                kind = Requirement.Kind.valueOf(kindName.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(origin + ": unknown requirement '" + kindName + "', expected obj, prep, prt, mod, xcomp or swap");
            }
            Set<String> values = new LinkedHashSet<>();
            if (colon >= 0) for (String v : part.substring(colon + 1).split("\\|")) if (!v.isBlank()) values.add(v.toLowerCase(Locale.ROOT));
            boolean needsValues = kind == Requirement.Kind.OBJ || kind == Requirement.Kind.PREP
                    || kind == Requirement.Kind.PRT || kind == Requirement.Kind.MOD;
            if (needsValues && values.isEmpty()) throw new IllegalArgumentException(origin + ": requirement '" + part + "' needs values, e.g. obj:sanction|embargo");
            if (kind != Requirement.Kind.XCOMP && kind != Requirement.Kind.OBJ && values.contains(Requirement.EVENT))
                throw new IllegalArgumentException(origin + ": requirement '" + part + "': only obj and xcomp take 'event'");
            if (kind == Requirement.Kind.XCOMP && !Set.of(Requirement.EVENT, Requirement.FACT, Requirement.QUESTION).containsAll(values))
                throw new IllegalArgumentException(origin + ": requirement '" + part + "' takes no value, 'event', 'fact' or 'question'");
            out.add(new Requirement(kind, values));
        }
        return out;
    }

    private static String dash(String s) { return "-".equals(s) ? null : s; }
}
