package org.faultline.ingest.clean;

import java.util.regex.Pattern;

/**
 * Tells whether a text's first line reads as a headline: short (at most 25 words, 200 characters),
 * a single sentence, not ending in a comma, semicolon, colon or function word, not a date, byline or
 * wire dateline. A final period is tolerated on a sentence of at most 20 words that does not read like
 * a news lead (no "said", no weekday), since some sources punctuate headlines.
 */
public final class TitleDetector {
    private static final int MAX_WORDS = 25;
    private static final int MAX_CHARS = 200;
    private static final Pattern INNER_SENTENCE_BREAK = Pattern.compile("[.!?][\"”’']?\\s+[\"“]?\\p{Lu}");
    private static final Pattern BYLINE = Pattern.compile("(?i)^(by|posted by|written by|from)\\s.*");
    private static final Pattern DATE_ONLY = Pattern.compile(
            "(?i)^[\\p{L}]*,?\\s*\\d{1,2}[\\s/.-]\\p{L}*[\\s/.,-]*\\d{2,4}.*|^\\d{4}-\\d{2}-\\d{2}.*");

    /** Headlines do not end on a function word; a wrapped line often does. */
    private static final Pattern OPEN_END = Pattern.compile(
            "(?i).*\\b(the|a|an|of|to|and|or|in|on|for|with|by|at|from|as|that|its|their|his|her|is|are|was|were)$");

    /** A wire dateline opens a lead paragraph, never a headline: "BAKU, Sept 19 (Reuters) -". */
    private static final Pattern DATELINE_START = Pattern.compile("^\\p{Lu}[\\p{Lu} .'-]{2,40}(,[^,()]{2,40})?(\\s*\\([\\p{L} .]{1,20}\\))?\\s*[-—–:]\\s");
    /**
     * A punctuated first line that tells when or who said it reads as a lead sentence ("...on Tuesday,
     * officials said."), not as a headline, which uses "says" and drops the day.
     */
    private static final Pattern LEAD_MARKERS = Pattern.compile("(?i)\\b(said|told|according to|on (monday|tuesday|wednesday|"
            + "thursday|friday|saturday|sunday)|yesterday|last (week|month|night))\\b");

    private TitleDetector() {
    }

    public static boolean isHeadline(String line) {
        String s = line.strip();
        if (s.length() < 3 || s.length() > MAX_CHARS) return false;
        int words = AuthorBioDetector.wordCount(s);
        if (words > MAX_WORDS || words < 2 && s.length() < 12) return false;
        if (!Character.isLetterOrDigit(s.codePointAt(0)) && "\"“‘'«".indexOf(s.charAt(0)) < 0) return false;
        if (s.chars().noneMatch(Character::isLetter)) return false;
        char last = s.charAt(s.length() - 1);
        if (last == ',' || last == ';' || last == ':' || last == '-') return false;
        if (OPEN_END.matcher(s).matches()) return false;
        if (DATELINE_START.matcher(s).find()) return false;
        if (".!?".indexOf(last) >= 0 && (words > 20 || LEAD_MARKERS.matcher(s).find())) return false;
        if (INNER_SENTENCE_BREAK.matcher(s).find()) return false;
        if (BYLINE.matcher(s).matches() || DATE_ONLY.matcher(s).matches()) return false;
        return !s.startsWith("http://") && !s.startsWith("https://");
    }
}
