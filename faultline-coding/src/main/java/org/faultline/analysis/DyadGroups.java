package org.faultline.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which actor countries count on which side of a dyad: a de-facto entity on its patron's side
 * (NKR with ARM against AZE). Read from the documented {@code dyad-groups.tsv}; every row is checked
 * at load and a bad one fails with file:line and the field. Immutable; safe to share between threads.
 */
public final class DyadGroups {
    static final String BUNDLED = "/org/faultline/analysis/dyad-groups.tsv";
    private static final DyadGroups NONE = new DyadGroups(List.of());

    /** One grouping: {@code member} counts as {@code side} for events dated within [from, to] (nulls are open ends). */
    public record Member(String member, String side, LocalDate from, LocalDate to, String basis) {
        public Member {
            if (member == null || !member.matches("[A-Z]{3}")) throw new IllegalArgumentException("member must be a 3-letter code, was '" + member + "'");
            if (side == null || !side.matches("[A-Z]{3}")) throw new IllegalArgumentException("side must be a 3-letter code, was '" + side + "'");
            if (member.equals(side)) throw new IllegalArgumentException("member " + member + " cannot be its own side");
            if (from != null && to != null && to.isBefore(from)) throw new IllegalArgumentException("'to' " + to + " is before 'from' " + from);
        }

        boolean holdsOn(LocalDate day) {
            return day == null || (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        }
    }

    private final List<Member> members;

    private DyadGroups(List<Member> members) { this.members = List.copyOf(members); }

    /** The bundled table. */
    public static DyadGroups bundled() {
        try (InputStream in = DyadGroups.class.getResourceAsStream(BUNDLED)) {
            if (in == null) throw new IllegalStateException("bundled dyad groups " + BUNDLED + " missing from the classpath");
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), "dyad-groups.tsv");
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + BUNDLED, e);
        }
    }

    /** No grouping: every actor counts only as its own country. */
    public static DyadGroups none() { return NONE; }

    /** Reads a table in the bundled format; {@code name} is used in error messages. */
    public static DyadGroups read(BufferedReader in, String name) throws IOException {
        List<Member> out = new ArrayList<>();
        String line;
        int no = 0;
        while ((line = in.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (f.length != 5) throw new IllegalArgumentException(name + ":" + no + ": expected 5 tab-separated fields (member, side, from, to, basis), got " + f.length);
            try {
                Member m = new Member(f[0].strip(), f[1].strip(), date(f[2], "from"), date(f[3], "to"), f[4].strip());
                if (out.stream().anyMatch(o -> o.member().equals(m.member()))) throw new IllegalArgumentException("member " + m.member() + " listed twice");
                out.add(m);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ":" + no + ": " + e.getMessage(), e);
            }
        }
        for (Member m : out)
            if (out.stream().anyMatch(o -> o.member().equals(m.side())))
                throw new IllegalArgumentException(name + ": side " + m.side() + " of " + m.member() + " is itself a member: groups do not chain");
        return new DyadGroups(out);
    }

    private static LocalDate date(String s, String field) {
        String t = s.strip();
        if (t.equals("-")) return null;
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("field '" + field + "': '" + t + "' is not an ISO date (YYYY-MM-DD) or '-'");
        }
    }

    /** The side a country counts on for an event of that day ({@code day} null: any day). */
    public String side(String country, LocalDate day) {
        if (country == null) return null;
        String c = country.toUpperCase(Locale.ROOT);
        for (Member m : members) if (m.member().equals(c) && m.holdsOn(day)) return m.side();
        return c;
    }

    /** The side itself and every code that may count on it, for reading a dyad's events from a store. */
    public Set<String> codesOf(String side) {
        Set<String> out = new LinkedHashSet<>();
        String s = side.toUpperCase(Locale.ROOT);
        out.add(s);
        for (Member m : members) if (m.side().equals(s)) out.add(m.member());
        return out;
    }

    /** The undirected dyad key ("ARM-AZE", codes sorted) two countries count in, or null when both are on one side. */
    public String dyadKey(String a, String b) {
        String x = side(a, null), y = side(b, null);
        if (x == null || y == null || x.equals(y)) return null;
        return x.compareTo(y) < 0 ? x + "-" + y : y + "-" + x;
    }

    public List<Member> members() { return members; }
}
