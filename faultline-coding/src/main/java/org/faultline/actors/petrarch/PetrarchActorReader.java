package org.faultline.actors.petrarch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faultline.actors.DictionaryFormatException;

/**
 * Reads a PETRARCH2 actor dictionary ({@code Phoenix.*.actors.txt}) into {@link PetrarchEntry}s.
 * The format, as PETRARCH2 documents it: a headline {@code NAME_WORDS_ [CODE date]...}; following
 * lines starting with {@code +} are synonyms; lines starting with white space hold more bracketed
 * codes; {@code #} starts a comment; {@code [---]} marks an entry with no code. A date restriction
 * is {@code >D} (from D), {@code <D} (until D) or {@code D-D}.
 *
 * <p>Lines that cannot be read are handed to the {@code problems} consumer as
 * {@link DictionaryFormatException}s naming file and line; the strict reader rethrows them, the
 * converter lists them in its report and skips the line.
 */
public final class PetrarchActorReader {
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{2,}");

    private final String source;
    private final Consumer<DictionaryFormatException> problems;

    /**
     * @param source   file name for messages
     * @param problems receives each unreadable line; pass {@link #STRICT} to fail on the first
     */
    public PetrarchActorReader(String source, Consumer<DictionaryFormatException> problems) {
        this.source = source;
        this.problems = problems;
    }

    /** A problem handler that throws the problem. */
    public static final Consumer<DictionaryFormatException> STRICT = e -> { throw e; };

    /** All entries of the file, in order; entries without any code are kept with no roles. */
    public List<PetrarchEntry> read(BufferedReader in) {
        List<PetrarchEntry> out = new ArrayList<>();
        Builder current = null;
        int n = 0;
        try {
            String raw;
            while ((raw = in.readLine()) != null) {
                n++;
                if (n == 1 && raw.startsWith("\uFEFF")) raw = raw.substring(1);
                String line = stripComment(raw);
                String comment = commentOf(raw);
                if (line.isBlank()) continue;
                boolean indented = Character.isWhitespace(line.charAt(0));
                String t = line.strip();
                if (t.startsWith("<")) continue; // PETRARCH2 also reads '<' lines as (XML) comments
                if (t.startsWith("+")) {
                    if (current == null) { problem(n, null, "synonym '" + t + "' comes before any actor headline"); continue; }
                    String rest = roles(t, n, current);
                    for (String alias : rest.substring(1).split("\\+")) {
                        String a = words(alias);
                        if (!a.isEmpty()) current.aliases.add(a);
                    }
                } else if (indented || t.startsWith("[")) {
                    if (current == null) { problem(n, null, "code line '" + t + "' comes before any actor headline"); continue; }
                    String rest = roles(t, n, current);
                    if (!rest.isBlank()) problem(n, null, "text '" + rest.strip() + "' outside brackets on a code line");
                } else {
                    if (current != null) out.add(current.build());
                    current = new Builder(n, comment);
                    String rest = roles(t, n, current);
                    String name = words(rest);
                    if (name.isEmpty()) { problem(n, "name", "headline has no name"); current = null; continue; }
                    current.name = name;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        if (current != null) out.add(current.build());
        return out;
    }

    // Parses the bracketed codes of a line into the entry; returns the text outside brackets.
    private String roles(String text, int n, Builder into) {
        Matcher m = BRACKET.matcher(text);
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (m.find()) {
            rest.append(text, last, m.start()).append(' ');
            last = m.end();
            role(m.group(1).strip(), n).ifPresent(into.roles::add);
        }
        rest.append(text.substring(last));
        String r = rest.toString();
        if (r.indexOf('[') >= 0 || r.indexOf(']') >= 0) {
            problem(n, "code", "unbalanced bracket in '" + text.strip() + "'");
            return r.replace("[", " ").replace("]", " ");
        }
        return r;
    }

    private java.util.Optional<PetrarchRole> role(String inside, int n) {
        if (inside.isEmpty() || inside.matches("-+")) return java.util.Optional.empty();
        String[] parts = inside.split("\\s+");
        String code = parts[0];
        if (!CODE.matcher(code).matches()) {
            problem(n, "code", "'" + code + "' is not a CAMEO code (three or more upper-case letters)");
            return java.util.Optional.empty();
        }
        if (parts.length > 2) {
            problem(n, "date", "'[" + inside + "]' has more than one date restriction");
            return java.util.Optional.empty();
        }
        LocalDate from = null, to = null;
        try {
            if (parts.length == 2) {
                String d = parts[1];
                if (d.startsWith(">")) from = PetrarchDates.parse(d.substring(1));
                else if (d.startsWith("<")) to = PetrarchDates.parse(d.substring(1));
                else {
                    int dash = d.indexOf('-');
                    if (dash < 0) throw new IllegalArgumentException("'" + d + "' is not >DATE, <DATE or DATE-DATE");
                    from = PetrarchDates.parse(d.substring(0, dash));
                    to = PetrarchDates.parse(d.substring(dash + 1));
                }
            }
            return java.util.Optional.of(new PetrarchRole(code, from, to, n));
        } catch (IllegalArgumentException e) {
            problem(n, "date", "in [" + inside + "]: " + e.getMessage());
            return java.util.Optional.empty();
        }
    }

    private void problem(int line, String field, String what) {
        problems.accept(new DictionaryFormatException(source, line, field, what));
    }

    // PETRARCH2 joins the words of a phrase with '_' and ends it with '_'.
    static String words(String s) {
        return s.replace('_', ' ').strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    private static String stripComment(String raw) {
        int hash = raw.indexOf('#');
        return hash < 0 ? raw : raw.substring(0, hash);
    }

    private static String commentOf(String raw) {
        int hash = raw.indexOf('#');
        if (hash < 0) return null;
        String c = raw.substring(hash + 1).strip();
        return c.isEmpty() ? null : c;
    }

    private final class Builder {
        final int line;
        final String comment;
        String name;
        final List<String> aliases = new ArrayList<>();
        final List<PetrarchRole> roles = new ArrayList<>();

        Builder(int line, String comment) { this.line = line; this.comment = comment; }

        PetrarchEntry build() { return new PetrarchEntry(name, aliases, roles, source, line, comment); }
    }
}
