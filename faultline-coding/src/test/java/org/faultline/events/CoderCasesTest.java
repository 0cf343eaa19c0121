package org.faultline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.faultline.actors.Actor;
import org.faultline.nlp.Doc;
import org.junit.jupiter.api.Test;

/**
 * Runs the readable cases file {@code coder-cases.txt} (sentences written for it, and the events they
 * must give) through the real annotator and coder. Every case must pass; a failure names the case, what
 * it is about, and the events the coder gave.
 */
class CoderCasesTest {
    private static final String FILE = "/org/faultline/events/coder-cases.txt";

    /** One block of the file. */
    record Case(int line, String why, String text, LocalDate reported, List<String[]> expect, List<String[]> forbid,
                List<String[]> count, boolean none) {}

    @Test
    void everyCasePasses() throws IOException {
        List<Case> cases = read();
        assertThat(cases).hasSizeGreaterThan(15);
        List<Doc> docs = DocCache.load("coder-cases-" + Integer.toHexString(cases.stream().map(c -> c.text + c.reported).toList().hashCode()), () -> {
            List<Doc> out = new ArrayList<>();
            for (Case c : cases) out.add(TestAnnotator.get().annotate("case" + c.line, c.text, c.reported));
            return out;
        });
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            List<Event> events = TestCoder.get().code(docs.get(i));
            String problem = check(c, events);
            if (problem != null) failures.add("line " + c.line + " (" + c.why + "): " + problem + "\n    text: " + c.text + "\n    got: " + describe(events));
        }
        assertThat(failures).as("failed cases of coder-cases.txt").isEmpty();
    }

    private static String check(Case c, List<Event> events) {
        if (c.none && !events.isEmpty()) return "expected no event";
        for (String[] e : c.expect)
            if (events.stream().noneMatch(ev -> matches(ev, e, true))) return "missing " + String.join(" ", e);
        for (String[] f : c.forbid)
            for (Event ev : events) if (matches(ev, f, false)) return "forbidden " + String.join(" ", f) + " matched";
        for (String[] n : c.count) {
            long k = events.stream().filter(ev -> ev.type().equals(n[0])).count();
            if (k != Long.parseLong(n[1])) return "expected " + n[1] + " " + n[0] + " event(s), got " + k;
        }
        return null;
    }

    private static boolean matches(Event ev, String[] f, boolean withFactuality) {
        if (!(f[0].equals("*") || ev.type().equals(f[0])) || !actor(ev.source(), f[1]) || !actor(ev.target(), f[2])) return false;
        if (withFactuality && !f[3].equals("*") && !ev.factuality().label().equals(f[3])) return false;
        for (int k = withFactuality ? 4 : 3; k < f.length; k++) {
            if (!f[k].startsWith("date=")) throw new IllegalArgumentException("unknown field '" + f[k] + "'");
            String want = f[k].substring(5);
            if (want.equals("-") ? ev.date() != null : !want.equals(ev.date())) return false;
        }
        return true;
    }

    private static boolean actor(Actor a, String want) {
        if (want.equals("*")) return true;
        if (want.equals("-")) return a == null;
        if (a == null) return false;
        return want.length() == 3 ? want.equals(a.country()) : want.equals(a.code());
    }

    private static String describe(List<Event> events) {
        List<String> out = new ArrayList<>();
        for (Event e : events) out.add(e.type() + " " + code(e.source()) + ">" + code(e.target()) + " " + e.factuality().label() + " date=" + e.date());
        return out.isEmpty() ? "(no events)" : String.join("; ", out);
    }

    private static String code(Actor a) { return a == null ? "-" : a.code(); }

    static List<Case> read() throws IOException {
        String text;
        try (InputStream in = CoderCasesTest.class.getResourceAsStream(FILE)) {
            if (in == null) throw new IllegalStateException(FILE + " missing from the test classpath");
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> cases = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        Builder b = null;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i].strip() : "";
            if (line.startsWith("#")) continue;
            if (line.isEmpty()) {
                if (b != null) cases.add(b.build());
                b = null;
                continue;
            }
            if (b == null) b = new Builder(i + 1);
            String[] kv = line.split("\\s+", 2);
            String rest = kv.length > 1 ? kv[1].strip() : "";
            switch (kv[0]) {
                case "why" -> b.why = rest;
                case "text" -> b.text = rest;
                case "reported" -> b.reported = LocalDate.parse(rest);
                case "expect" -> b.expect.add(fields(rest, 4, i + 1));
                case "forbid" -> b.forbid.add(fields(rest, 3, i + 1));
                case "count" -> b.count.add(fields(rest, 2, i + 1));
                case "none" -> b.none = true;
                default -> throw new IllegalArgumentException(FILE + ":" + (i + 1) + ": unknown key '" + kv[0] + "'");
            }
        }
        return cases;
    }

    private static String[] fields(String s, int min, int line) {
        String[] f = s.split("\\s+");
        if (f.length < min) throw new IllegalArgumentException(FILE + ":" + line + ": expected at least " + min + " fields in '" + s + "'");
        return f;
    }

    private static final class Builder {
        final int line;
        String why = "", text;
        LocalDate reported = LocalDate.of(2024, 5, 14);
        final List<String[]> expect = new ArrayList<>(), forbid = new ArrayList<>(), count = new ArrayList<>();
        boolean none;

        Builder(int line) { this.line = line; }

        Case build() {
            if (text == null) throw new IllegalArgumentException(FILE + ":" + line + ": case without a 'text' line");
            if (!none && expect.isEmpty() && forbid.isEmpty() && count.isEmpty())
                throw new IllegalArgumentException(FILE + ":" + line + ": case expects nothing");
            return new Case(line, why, text, reported, List.copyOf(expect), List.copyOf(forbid), List.copyOf(count), none);
        }
    }
}
