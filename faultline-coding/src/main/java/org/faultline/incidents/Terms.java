package org.faultline.incidents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Content words of a text for lexical comparison: lower-cased, hyphenated words joined
 * ("non-aggression" → "nonaggression"), function words dropped, crude suffix stripping so
 * "clashes"/"clashed"/"clash" and "prisoners"/"prisoner" meet. Deliberately simple: it only has to
 * make two reports of one occurrence look alike, not to be a linguistic stemmer.
 */
public final class Terms {
    private static final Set<String> STOP = Set.of(
            "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into",
            "onto", "over", "under", "about", "after", "before", "since", "during", "between", "against", "as", "than",
            "that", "this", "these", "those", "which", "who", "whom", "whose", "what", "when", "where", "while", "its",
            "it", "their", "they", "them", "his", "her", "him", "she", "he", "we", "our", "us", "you", "your", "has",
            "have", "had", "was", "were", "is", "are", "be", "been", "being", "will", "would", "could", "should", "can",
            "may", "might", "must", "shall", "not", "no", "also", "said", "says", "say", "told", "according", "some",
            "any", "all", "both", "each", "other", "such", "more", "most", "very", "just", "only", "then", "there",
            "here", "so", "if", "do", "does", "did", "up", "out", "last", "first", "new", "one", "two", "three", "year",
            "years", "month", "months", "week", "weeks", "day", "days", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august",
            "september", "october", "november", "december", "today", "yesterday", "ago", "earlier", "later", "now",
            "however", "still", "already", "yet", "even", "further", "well", "whether", "because", "though", "although",
            "per", "via", "amid", "within", "without", "through", "near", "around", "across", "upon", "long",
            "mr", "ms", "nbsp", "s");

    private Terms() {}

    /** The content terms of {@code text}, in order, with repeats. */
    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        String t = text.toLowerCase(Locale.ROOT).replace("’", "'");
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= t.length(); i++) {
            char c = i < t.length() ? t.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                w.append(c);
            } else if (c == '-' && w.length() > 0 && i + 1 < t.length() && Character.isLetter(t.charAt(i + 1))) {
                // join hyphenated compounds
            } else {
                if (w.length() > 0) add(out, w.toString());
                w.setLength(0);
            }
        }
        return out;
    }

    private static void add(List<String> out, String word) {
        if (word.length() < 3 || STOP.contains(word) || word.chars().allMatch(Character::isDigit)) return;
        String s = stem(word);
        if (s.length() >= 3) out.add(s);
    }

    /** Crude English suffix stripping; a final silent "e" goes so "seize" and "seized" meet. */
    public static String stem(String w) {
        String s = strip(w);
        return s.length() > 4 && s.endsWith("e") ? s.substring(0, s.length() - 1) : s;
    }

    private static String strip(String w) {
        if (w.length() <= 4) return w;
        if (w.endsWith("ies") && w.length() > 5) return w.substring(0, w.length() - 3) + "y";
        if (w.endsWith("ing") && w.length() > 6) return trimDouble(w.substring(0, w.length() - 3));
        if (w.endsWith("ed") && w.length() > 5) return trimDouble(w.endsWith("ied") ? w.substring(0, w.length() - 3) + "y" : w.substring(0, w.length() - 2));
        if (w.endsWith("es") && (w.endsWith("shes") || w.endsWith("ches") || w.endsWith("sses") || w.endsWith("xes"))) return w.substring(0, w.length() - 2);
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) return w.substring(0, w.length() - 1);
        return w;
    }

    private static String trimDouble(String s) {
        int n = s.length();
        if (n > 3 && s.charAt(n - 1) == s.charAt(n - 2) && "lszf".indexOf(s.charAt(n - 1)) < 0) return s.substring(0, n - 1);
        return s;
    }
}
