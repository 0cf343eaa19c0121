package org.faultline.server.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads a request's query parameters with validation: every problem becomes a 400 naming the
 * parameter and the reason ({@link ApiErrors#badParameter}). Unknown parameters and parameters
 * given twice are refused too, because a silently ignored typo ("dyads=") returns the
 * unfiltered data and looks like an answer. Names starting with "_" are let through for
 * cache-busting clients. An empty value counts as absent.
 */
public final class QueryParams {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_]{1,24}");
    private final Context ctx;

    /** Checks the request carries only {@code allowed} parameters, each at most once. */
    public QueryParams(Context ctx, String... allowed) {
        this.ctx = ctx;
        Set<String> names = new TreeSet<>(Arrays.asList(allowed));
        for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
            String name = e.getKey();
            if (name.startsWith("_")) continue;
            if (!names.contains(name))
                throw ApiErrors.badParameter(name, names.isEmpty() ? "this endpoint takes no parameters"
                        : "unknown parameter; this endpoint accepts " + String.join(", ", names));
            if (e.getValue().size() > 1) throw ApiErrors.badParameter(name, "given more than once");
        }
    }

    /** The stripped value, or null when absent or empty. */
    public String string(String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** The value, required, at most {@code maxLength} characters. */
    public String required(String name, int maxLength) {
        String v = string(name);
        if (v == null) throw ApiErrors.badParameter(name, "is required");
        return limitLength(name, v, maxLength);
    }

    /** The value or null, at most {@code maxLength} characters. */
    public String optional(String name, int maxLength) {
        String v = string(name);
        return v == null ? null : limitLength(name, v, maxLength);
    }

    public int integer(String name, int defaultValue, int min, int max) {
        String v = string(name);
        if (v == null) return defaultValue;
        long n;
        try {
            n = Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ApiErrors.badParameter(name, "must be an integer, was '" + clip(v) + "'");
        }
        if (n < min || n > max) throw ApiErrors.badParameter(name, "must be between " + min + " and " + max + ", was " + n);
        return (int) n;
    }

    /** A number within [min, max], or {@code defaultValue} when absent; 400 naming the parameter otherwise. */
    public double decimal(String name, double defaultValue, double min, double max) {
        String v = string(name);
        if (v == null) return defaultValue;
        double n;
        try {
            n = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw ApiErrors.badParameter(name, "must be a number, was '" + clip(v) + "'");
        }
        if (!(n >= min && n <= max)) throw ApiErrors.badParameter(name, "must be between " + min + " and " + max + ", was " + v);
        return n;
    }

    /** limit (default {@code defaultLimit}, 1..{@code maxLimit}) and offset (default 0). */
    public Page page(int defaultLimit, int maxLimit) {
        return new Page(integer("limit", defaultLimit, 1, maxLimit), integer("offset", 0, 0, Integer.MAX_VALUE));
    }

    /** An ISO date (YYYY-MM-DD), or null. */
    public LocalDate date(String name) {
        String v = string(name);
        if (v == null) return null;
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiErrors.badParameter(name, "must be an ISO date YYYY-MM-DD, was '" + clip(v) + "'");
        }
    }

    /** An enum constant by name or label ("backed-out" for BACKED_OUT), case-insensitive, or null. */
    public <E extends Enum<E>> E enumeration(String name, Class<E> type) {
        String v = string(name);
        if (v == null) return null;
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            StringBuilder allowed = new StringBuilder();
            for (E c : type.getEnumConstants()) {
                if (allowed.length() > 0) allowed.append(", ");
                allowed.append(c.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            throw ApiErrors.badParameter(name, "must be one of " + allowed + ", was '" + clip(v) + "'");
        }
    }

    /** Two codes joined by '-' ("AZE-ARM"), upper-cased, as {source, target}; null when absent. */
    public String[] dyad(String name) {
        String v = string(name);
        if (v == null) return null;
        String[] sides = v.toUpperCase(Locale.ROOT).split("-", -1);
        if (sides.length != 2 || !CODE.matcher(sides[0]).matches() || !CODE.matcher(sides[1]).matches())
            throw ApiErrors.badParameter(name, "must be two country codes joined by '-', like AZE-ARM, was '" + clip(v) + "'");
        return sides;
    }

    /** A date range from two parameters, refusing {@code to} before {@code from}; either may be null. */
    public LocalDate[] dateRange(String fromName, String toName) {
        LocalDate from = date(fromName), to = date(toName);
        if (from != null && to != null && to.isBefore(from))
            throw ApiErrors.badParameter(toName, "is before " + fromName + " (" + from + ")");
        return new LocalDate[] {from, to};
    }

    /** true/false, or the default when absent. */
    public boolean bool(String name, boolean defaultValue) {
        String v = string(name);
        if (v == null) return defaultValue;
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiErrors.badParameter(name, "must be true or false, was '" + clip(v) + "'");
        };
    }

    /** A code (country, actor code, PLOVER type): letters, digits, underscore; upper-cased. Null when absent. */
    public String code(String name) {
        String v = string(name);
        if (v == null) return null;
        if (!CODE.matcher(v).matches())
            throw ApiErrors.badParameter(name, "must be a code of letters, digits or '_' (like AZE or ASSAULT), was '" + clip(v) + "'");
        return v.toUpperCase(Locale.ROOT);
    }

    /** A code that must be one of {@code allowed} (upper case), or null when absent. */
    public String oneOf(String name, java.util.Collection<String> allowed) {
        String v = code(name);
        if (v == null || allowed.contains(v)) return v;
        throw ApiErrors.badParameter(name, "must be one of " + String.join(", ", new java.util.TreeSet<>(allowed))
                + ", was '" + clip(v) + "'");
    }

    /** Keeps echoed values short: an error body must not mirror a megabyte back. */
    static String clip(String v) {
        return v.length() <= 60 ? v : v.substring(0, 60) + "…";
    }

    private static String limitLength(String name, String v, int maxLength) {
        if (v.length() > maxLength) throw ApiErrors.badParameter(name, "is longer than " + maxLength + " characters");
        return v;
    }
}
