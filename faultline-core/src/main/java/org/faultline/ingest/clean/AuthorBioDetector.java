package org.faultline.ingest.clean;

import java.util.regex.Pattern;

/**
 * Recognises a closing author bio or tagline paragraph: "About the author...", a "NAME is a
 * journalist/editor/..." sentence, or a short quoted tagline made of several tiny fragments
 * ("Coffee lover. Runner. Writer."), which news prose never is.
 */
public final class AuthorBioDetector {
    private static final Pattern ABOUT = Pattern.compile("(?i)^(about the (author|writer|contributor)s?|about me|author bio|the author)\\b.*");
    private static final Pattern ROLE = Pattern.compile(
            "^(\\p{Lu}[\\p{L}.'’-]*\\s){1,4}(is|was|has been|works as|serves as|writes|covers|reports)\\s.{0,100}?"
                    + "\\b(journalist|writer|reporter|editor|correspondent|columnist|author|contributor|analyst|"
                    + "researcher|freelancer|blogger|fellow|professor|student|photographer|producer|graduate)s?\\b.*");
    private static final Pattern QUOTED = Pattern.compile("^[\"“”„«].*[\"“”»]$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+\\s*");

    private AuthorBioDetector() {
    }

    public static boolean isBio(String paragraph) {
        String p = paragraph.strip();
        int words = wordCount(p);
        if (words == 0 || words > 80) return false;
        if (ABOUT.matcher(p).matches()) return true;
        if (ROLE.matcher(p).matches() && words <= 70) return true;
        return isFragmentTagline(p, words);
    }

    /** A quoted run of at least three very short "sentences", e.g. a blog's author tagline. */
    private static boolean isFragmentTagline(String p, int words) {
        if (!QUOTED.matcher(p).matches() || words > 45) return false;
        String inner = p.substring(1, p.length() - 1).strip();
        String[] parts = SENTENCE_END.split(inner);
        int sentences = 0;
        for (String s : parts) if (!s.isBlank()) sentences++;
        return sentences >= 3 && (double) words / sentences <= 7.0;
    }

    /** Whitespace-separated words; a plain loop because it runs on every line of big texts. */
    static int wordCount(String s) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }
}
