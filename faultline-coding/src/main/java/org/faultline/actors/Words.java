package org.faultline.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level text handling shared by the dictionary index, the resolver and the gazetteer:
 * tokenising free text the way CoreNLP would for names, and normalising a word for lookup.
 */
public final class Words {
    // A word: letters/digits, with internal . ' ’ - joining parts (U.S., d'Ivoire, Nagorno-Karabakh).
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:[.'’\\-][\\p{L}\\p{N}\\p{M}]+)*\\.?|'s|’s|,");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Words() {}

    /**
     * Splits text into words; a possessive "'s" becomes its own token and commas are kept (they
     * end a mention), other punctuation is dropped.
     */
    public static List<String> tokenize(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String t = m.group();
            String lower = t.toLowerCase(Locale.ROOT);
            if (t.length() > 2 && (lower.endsWith("'s") || lower.endsWith("’s"))) {
                out.add(t.substring(0, t.length() - 2));
                out.add("'s");
            } else if (t.length() > 1 && (t.endsWith("'") || t.endsWith("’"))) {
                out.add(t.substring(0, t.length() - 1));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Lookup form of one word: lower case, without diacritics or periods, with typographic
     * apostrophes unified ("Türkiye" → "turkiye", "U.S." → "us", "Xankəndi" → "xankandi").
     */
    public static String norm(String word) {
        if (plainAscii(word)) return word.toLowerCase(Locale.ROOT); // the common case, without Normalizer
        String s = word.replace('’', '\'').replace('‘', '\'').replace('`', '\'')
                .replace("ə", "a").replace("Ə", "A").replace("ı", "i").replace("ł", "l").replace("Ł", "L")
                .replace("ø", "o").replace("Ø", "O").replace("đ", "d").replace("ß", "ss").replace("æ", "ae");
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        s = s.toLowerCase(Locale.ROOT).replace(".", "");
        // "Vietnamese-led forces", "US-led coalition": the leading country is the actor's
        if (s.length() > 5 && s.endsWith("-led")) s = s.substring(0, s.length() - 4);
        return s;
    }

    private static boolean plainAscii(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) return false;
        }
        return true;
    }

    /** Lookup form of a whole phrase: normalised words joined by single spaces. */
    public static String normPhrase(String phrase) {
        List<String> out = new ArrayList<>();
        for (String t : tokenize(phrase)) {
            String n = norm(t);
            if (!n.isEmpty()) out.add(n);
        }
        return String.join(" ", out);
    }

    /**
     * Whether a text word may stand for a dictionary word of this written shape: an acronym in
     * the dictionary ("US", "UN") only matches an all-capital word; a capitalised dictionary word
     * ("Chad") does not match an all-lower-case word; lower-case dictionary words match anything.
     */
    static boolean shapeAllows(String dictWord, String textWord) {
        int dictLetters = 0, dictUpper = 0;
        for (int i = 0; i < dictWord.length(); i++) {
            char c = dictWord.charAt(i);
            if (Character.isLetter(c)) { dictLetters++; if (Character.isUpperCase(c)) dictUpper++; }
        }
        if (dictUpper == 0) return true;
        boolean acronym = dictLetters >= 2 && dictUpper == dictLetters;
        int letters = 0, upper = 0, lower = 0;
        for (int i = 0; i < textWord.length(); i++) {
            char c = textWord.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) upper++;
                else if (Character.isLowerCase(c)) lower++;
            }
        }
        if (letters == 0) return true;
        if (acronym) return upper == letters;
        return upper > 0 || lower == 0;
    }
}
