package org.faultline.actors.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.faultline.actors.PersonTerm;
import org.faultline.actors.Words;

/**
 * Compares our hand-written office holders (people.tsv) with PETRARCH2's dated roles. Which
 * records are one person: see {@link #match}. For each such pair it
 * lists disagreements: no common affiliation, or one of our terms that PETRARCH2 should cover (it
 * starts before the data's horizon) with no PETRARCH2 role of the same affiliation overlapping it,
 * or overlapping roles all of another sector.
 */
final class OfficeHolderCheck {
    /** One converted person: display name, all written forms and decoded dated roles. */
    record Candidate(String name, List<String> forms, List<Term> terms, String where) {}

    /** A decoded PETRARCH2 role: affiliation (country or organisation code), sector, dates. */
    record Term(String affiliation, String sector, LocalDate from, LocalDate to, String code) {}

    /** One disagreement, for the report. */
    record Disagreement(String ours, String theirs, String where, String what) {}

    private final Map<String, List<PersonTerm>> ours = new LinkedHashMap<>();
    private final Map<String, List<Form>> byFirstWord = new LinkedHashMap<>();
    private final LocalDate horizon;

    OfficeHolderCheck(List<PersonTerm> ownPeople, LocalDate horizon) {
        for (PersonTerm p : ownPeople) ours.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p);
        for (var e : ours.entrySet()) {
            Set<List<String>> seen = new LinkedHashSet<>();
            List<String> written = new ArrayList<>();
            written.add(e.getKey());
            for (PersonTerm t : e.getValue()) written.addAll(t.aliases());
            for (String w : written) {
                List<String> words = norms(w);
                if (words.size() >= 2 && seen.add(words))
                    byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Form(e.getKey(), words));
            }
        }
        this.horizon = horizon;
    }

    /**
     * The name of our person who is {@code c}, or null: a full name (two words or more) of each
     * is the same after normalising, or they have the same number of words, the same first word,
     * every other word equal or at most two letters apart (both at least five letters long:
     * Sargsyan / Sarkisyan), and a common affiliation.
     */
    String match(Candidate c) {
        for (String form : c.forms()) {
            List<String> y = norms(form);
            if (y.size() < 2) continue;
            for (Form f : byFirstWord.getOrDefault(y.get(0), List.of())) {
                if (f.words().equals(y)) return f.person();
                if (f.words().size() == y.size() && similar(f.words(), y) && sharesAffiliation(f.person(), c)) return f.person();
            }
        }
        return null;
    }

    private record Form(String person, List<String> words) {}

    private static boolean similar(List<String> x, List<String> y) {
        for (int i = 1; i < x.size(); i++) {
            String a = x.get(i), b = y.get(i);
            if (a.equals(b)) continue;
            if (Math.min(a.length(), b.length()) < 5 || levenshtein(a, b) > 2) return false;
        }
        return true;
    }

    private boolean sharesAffiliation(String person, Candidate c) {
        for (PersonTerm t : ours.get(person))
            for (Term r : c.terms()) if (related(t.affiliation(), r.affiliation())) return true;
        return false;
    }

    /** True when two written names are one person by name alone (see {@link #match}, without affiliations). */
    static boolean samePerson(String a, String b) {
        List<String> x = norms(a), y = norms(b);
        if (x.size() < 2 || x.size() != y.size() || !x.get(0).equals(y.get(0))) return false;
        return similar(x, y);
    }

    private static List<String> norms(String s) {
        List<String> out = new ArrayList<>();
        for (String w : Words.tokenize(s)) { String n = Words.norm(w); if (!n.isEmpty() && !n.equals(",")) out.add(n); }
        return out;
    }

    /** Disagreements between our records of {@code ourName} and the candidate's roles. */
    List<Disagreement> compare(String ourName, Candidate c) {
        List<PersonTerm> mine = ours.get(ourName);
        List<Disagreement> out = new ArrayList<>();
        Set<String> myAff = new LinkedHashSet<>(), theirAff = new LinkedHashSet<>();
        for (PersonTerm t : mine) myAff.add(t.affiliation());
        for (Term t : c.terms()) theirAff.add(t.affiliation());
        if (!theirAff.isEmpty() && myAff.stream().noneMatch(a -> theirAff.stream().anyMatch(b -> related(a, b)))) {
            out.add(new Disagreement(ourName, c.name(), c.where(), "affiliation differs: ours " + myAff + ", PETRARCH2 " + theirAff));
            return out;
        }
        for (PersonTerm t : mine) {
            if (t.sector() == null || t.sector().equals("ELI") || t.sector().equals("OPP")) continue;
            if (t.from() != null && t.from().isAfter(horizon)) continue;
            List<Term> same = c.terms().stream().filter(r -> related(t.affiliation(), r.affiliation()))
                    .filter(r -> r.from() != null || r.to() != null).toList();
            if (same.isEmpty()) continue;
            List<Term> overlapping = same.stream().filter(r -> overlaps(t.from(), t.to(), r.from(), r.to())).toList();
            String mineText = t.affiliation() + (t.sector() == null ? "" : t.sector()) + " " + range(t.from(), t.to()) + " (" + t.office() + ")";
            if (overlapping.isEmpty()) {
                out.add(new Disagreement(ourName, c.name(), c.where(), "no PETRARCH2 role overlaps our term " + mineText
                        + "; PETRARCH2 has " + describe(same)));
            } else if (overlapping.stream().noneMatch(r -> r.sector() == null || Objects.equals(r.sector(), t.sector()))) {
                out.add(new Disagreement(ourName, c.name(), c.where(), "sector differs for our term " + mineText
                        + ": PETRARCH2 has " + describe(overlapping)));
            }
        }
        return out;
    }

    // "IGOUNO" and "IGOUNOSEC", or equal codes
    private static boolean related(String a, String b) { return a.startsWith(b) || b.startsWith(a); }

    private static boolean overlaps(LocalDate f1, LocalDate t1, LocalDate f2, LocalDate t2) {
        LocalDate s1 = f1 == null ? LocalDate.MIN : f1, e1 = t1 == null ? LocalDate.MAX : t1;
        LocalDate s2 = f2 == null ? LocalDate.MIN : f2, e2 = t2 == null ? LocalDate.MAX : t2;
        return !s1.isAfter(e2) && !s2.isAfter(e1);
    }

    private static String describe(List<Term> terms) {
        List<String> out = new ArrayList<>();
        for (Term t : terms) out.add(t.code() + " " + range(t.from(), t.to()));
        return String.join(", ", out);
    }

    static String range(LocalDate from, LocalDate to) {
        return (from == null ? "…" : from.toString()) + ".." + (to == null ? "…" : to.toString());
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++)
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
}
