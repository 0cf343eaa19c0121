package org.faultline.actors.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns PETRARCH2's upper-case names into the written shape Faultline's dictionary matches on.
 * Faultline never lets a capitalised dictionary word match an all-lower-case text word, so
 * writing names in title case is itself the first guard against ordinary words: "Hope" then
 * matches "Hope" but not "hope". Function words (of, the, al, bin, de...) stay lower case, as
 * they are written inside names; a one-word organisation name of at most four letters is an
 * acronym and stays upper case (IAEA, PKK), so it matches only an all-capital word.
 */
final class NameForms {
    private static final Set<String> LOWER = Set.of("of", "the", "and", "for", "in", "on", "at", "to", "by", "a", "an",
            "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les", "van", "von", "der",
            "den", "al", "el", "bin", "ibn", "bint", "y", "e", "und", "et");
    private static final Pattern PARENS = Pattern.compile("\\(([^)]*)\\)");

    private NameForms() {}

    /** The written forms of one PETRARCH2 name: the name without parentheses, and an acronym found in them. */
    static List<String> forms(String petrarchName, boolean organisation) {
        List<String> out = new ArrayList<>();
        Matcher m = PARENS.matcher(petrarchName);
        List<String> inner = new ArrayList<>();
        while (m.find()) inner.add(m.group(1).strip());
        String base = PARENS.matcher(petrarchName).replaceAll(" ").replaceAll("[()]", " ").strip().replaceAll("\\s+", " ");
        if (!base.isEmpty()) out.add(shape(base, organisation));
        for (String i : inner) if (i.matches("[A-Z][A-Z.\\-]{1,9}")) out.add(i);
        return out;
    }

    static String shape(String upper, boolean organisation) {
        String[] words = upper.split(" ");
        if (organisation && words.length == 1 && letters(upper) <= 4) return upper;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) b.append(' ');
            String w = words[i].toLowerCase(Locale.ROOT);
            if (i > 0 && LOWER.contains(w)) b.append(w);
            else if (organisation && words[i].matches("[A-Z]{2,3}") && !LOWER.contains(w) && words.length > 1 && !hasVowel(w)) b.append(words[i]);
            else b.append(capitalise(w));
        }
        return b.toString();
    }

    // "ter-petrosyan" -> "Ter-Petrosyan", "o'neill" -> "O'Neill", "u.n." -> "U.N."
    private static String capitalise(String w) {
        StringBuilder b = new StringBuilder(w.length());
        boolean start = true;
        for (char c : w.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == '-' || c == '\'' || c == '.';
        }
        return b.toString();
    }

    private static boolean hasVowel(String w) { return w.matches(".*[aeiouy].*"); }

    /** Number of letters in a name. */
    static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) n++;
        return n;
    }
}
