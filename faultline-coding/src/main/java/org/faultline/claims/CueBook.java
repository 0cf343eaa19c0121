package org.faultline.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The claim cues ("said", "accused", "according to", "statement") and stance words of a cue file
 * (format documented at the top of the bundled {@code cues.tsv}). Immutable and thread-safe.
 */
public final class CueBook {
    /** Order in which stances read from content words win over each other. */
    static final List<Stance> PRIORITY = List.of(Stance.DENY, Stance.ACCUSE, Stance.WARN, Stance.DEMAND,
            Stance.PROPOSE, Stance.REASSURE, Stance.SUPPORT);

    /** One cue: its lemma, the stance it carries and its flags. */
    public record Cue(String lemma, Stance stance, boolean rebut, boolean contentDecides, boolean noun) {}

    private final Map<String, Cue> verbs;
    private final Map<String, Cue> nouns;
    private final Map<String, Stance> words;
    private final Set<String> offices;

    private CueBook(Map<String, Cue> verbs, Map<String, Cue> nouns, Map<String, Stance> words, Set<String> offices) {
        this.verbs = Map.copyOf(verbs);
        this.nouns = Map.copyOf(nouns);
        this.words = Map.copyOf(words);
        this.offices = Set.copyOf(offices);
    }

    /** The bundled cue file. */
    public static CueBook bundled() {
        try (InputStream in = CueBook.class.getResourceAsStream("cues.tsv")) {
            if (in == null) throw new IllegalStateException("bundled cues.tsv is missing from the classpath");
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList(), "cues.tsv");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled cues.tsv", e);
        }
    }

    /** A user's cue file, same format. */
    public static CueBook read(Path file) {
        if (file == null) throw new IllegalArgumentException("cue file must not be null");
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cue file " + file, e);
        }
    }

    static CueBook parse(List<String> lines, String name) {
        Map<String, Cue> verbs = new HashMap<>(), nouns = new HashMap<>();
        Map<String, Stance> words = new LinkedHashMap<>();
        Set<String> offices = new java.util.HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] f = lines.get(i).split("\t");
            String where = name + ":" + (i + 1);
            switch (f[0]) {
                case "cue" -> {
                    if (f.length != 4) throw new IllegalArgumentException(where + ": a cue record needs 4 TAB-separated fields, found " + f.length);
                    Set<String> flags = f[3].equals("-") ? Set.of() : Set.of(f[3].split(";"));
                    Cue c = new Cue(f[1].toLowerCase(Locale.ROOT), stance(f[2], where), flags.contains("rebut"),
                            flags.contains("content"), flags.contains("noun"));
                    (c.noun() ? nouns : verbs).put(c.lemma(), c);
                }
                case "word" -> {
                    if (f.length != 3) throw new IllegalArgumentException(where + ": a word record needs 3 TAB-separated fields, found " + f.length);
                    words.put(f[1].toLowerCase(Locale.ROOT), stance(f[2], where));
                }
                case "office" -> {
                    if (f.length != 2 || f[1].isBlank()) throw new IllegalArgumentException(where + ": an office record needs 2 TAB-separated fields, found " + f.length);
                    offices.add(f[1].toLowerCase(Locale.ROOT));
                }
                default -> throw new IllegalArgumentException(where + ": unknown record type '" + f[0] + "' (expected cue, word or office)");
            }
        }
        return new CueBook(verbs, nouns, words, offices);
    }

    private static Stance stance(String s, String where) {
        try {
            return Stance.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": unknown stance '" + s + "' (expected one of accuse, deny, support, warn, demand, propose, reassure, state)");
        }
    }

    /** The verb cue of a lemma ("say"), if it is one. */
    public Optional<Cue> verb(String lemma) { return Optional.ofNullable(verbs.get(lemma.toLowerCase(Locale.ROOT))); }

    /** The noun cue of a lemma ("statement"), if it is one. */
    public Optional<Cue> noun(String lemma) { return Optional.ofNullable(nouns.get(lemma.toLowerCase(Locale.ROOT))); }

    /** Head nouns that name one person by office ("minister", "spokesman"), so a later he/she can point back at them. */
    public Set<String> offices() { return offices; }

    /** The stance a content word (or two-word phrase "no evidence") signals, if any. */
    public Optional<Stance> word(String lemma) { return Optional.ofNullable(words.get(lemma.toLowerCase(Locale.ROOT))); }
}
