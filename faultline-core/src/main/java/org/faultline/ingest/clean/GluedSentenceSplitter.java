package org.faultline.ingest.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the missing space back between sentences glued together ("crisis.Armenian" becomes
 * "crisis. Armenian"). It needs at least two lowercase letters before the stop and a capitalised word
 * after, which leaves abbreviations ("U.S."), numbers ("3.5"), file names and code alone; tokens that
 * look like URLs, e-mail addresses or domain names are never touched.
 */
public final class GluedSentenceSplitter {
    private static final Pattern GLUED = Pattern.compile("(?<=\\p{Ll}{2}[)\\]”’\"']?)([.!?][”’\"']?)(?=\\p{Lu}\\p{Ll})");
    private static final Pattern URLISH = Pattern.compile(
            "(?i)(https?://|www\\.|@|\\.(com|org|net|gov|edu|io|info|ru|az|am|uk|de|fr)\\b)");

    private GluedSentenceSplitter() {
    }

    public static String split(String text) {
        Matcher m = GLUED.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        int last = 0;
        while (m.find()) {
            if (insideUrlLikeToken(text, m.start())) continue;
            out.append(text, last, m.end()).append(' ');
            last = m.end();
        }
        return out.append(text, last, text.length()).toString();
    }

    private static boolean insideUrlLikeToken(String text, int at) {
        int s = at;
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) s--;
        int e = at;
        while (e < text.length() && !Character.isWhitespace(text.charAt(e))) e++;
        return URLISH.matcher(text.substring(s, e)).find();
    }
}
