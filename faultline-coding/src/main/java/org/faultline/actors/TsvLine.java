package org.faultline.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One data line of a Faultline TSV dictionary file, with typed accessors that fail with a
 * {@link DictionaryFormatException} naming file, line and field. Shared by the actor dictionary
 * and the gazetteer so both report user mistakes the same way.
 *
 * <p>Conventions: TAB-separated; '#' starts a comment line; blank lines are skipped; '-' or an
 * empty field means "no value"; list fields separate items with ';'.
 *
 * @param source file or resource name, for messages
 * @param number 1-based line number in that file
 * @param fields the TAB-separated fields, trimmed
 */
public record TsvLine(String source, int number, List<String> fields) {
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z0-9]+");
    private static final java.util.regex.Pattern TAB = java.util.regex.Pattern.compile("\t");
    public TsvLine {
        fields = List.copyOf(fields);
    }

    /** Reads all data lines (not comments, not blank) from {@code reader}. */
    public static List<TsvLine> readAll(BufferedReader reader, String source) {
        List<TsvLine> out = new ArrayList<>();
        try {
            String raw;
            int n = 0;
            while ((raw = reader.readLine()) != null) {
                n++;
                if (n == 1 && raw.startsWith("\uFEFF")) raw = raw.substring(1);
                String trimmed = raw.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) continue;
                List<String> parts = Arrays.stream(TAB.split(raw, -1)).map(String::strip).toList();
                out.add(new TsvLine(source, n, parts));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        return out;
    }

    /** Fails unless the line has between {@code min} and {@code max} fields. */
    public void requireFieldCount(int min, int max, String layout) {
        if (fields.size() < min || fields.size() > max) {
            String expected = min == max ? String.valueOf(min) : min + " to " + max;
            throw error(null, "expected " + expected + " TAB-separated fields (" + layout + "), found "
                    + fields.size() + "; check that fields are separated by TABs, not spaces");
        }
    }

    /** A required text field. */
    public String text(int index, String name) {
        String v = optional(index);
        if (v == null) throw error(name, "is empty; a value is required");
        return v;
    }

    /** An optional text field: null when absent, empty or '-'. */
    public String optional(int index) {
        if (index >= fields.size()) return null;
        String v = fields.get(index);
        return v.isEmpty() || v.equals("-") ? null : v;
    }

    /** A ';'-separated list field; empty list when absent. */
    public List<String> list(int index) {
        String v = optional(index);
        if (v == null) return List.of();
        List<String> out = new ArrayList<>();
        for (String item : v.split(";")) {
            String s = item.strip();
            if (!s.isEmpty() && !s.equals("-")) out.add(s);
        }
        return out;
    }

    /** An optional ISO date (YYYY-MM-DD). */
    public LocalDate date(int index, String name) {
        String v = optional(index);
        if (v == null) return null;
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw error(name, "'" + v + "' is not an ISO date (YYYY-MM-DD); use '-' for none");
        }
    }

    /** An optional number. */
    public Double number(int index, String name) {
        String v = optional(index);
        if (v == null) return null;
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw error(name, "'" + v + "' is not a number");
        }
    }

    /** A required code of upper-case letters/digits, {@code minLen..maxLen} long. */
    public String code(int index, String name, int minLen, int maxLen) {
        String v = text(index, name);
        if (v.length() < minLen || v.length() > maxLen || !CODE.matcher(v).matches())
            throw error(name, "'" + v + "' must be " + (minLen == maxLen ? minLen : minLen + "-" + maxLen)
                    + " upper-case letters (e.g. ARM, IGOUNO)");
        return v;
    }

    /** A {@link DictionaryFormatException} pointing at this line. */
    public DictionaryFormatException error(String field, String problem) {
        return new DictionaryFormatException(source, number, field, problem);
    }
}
