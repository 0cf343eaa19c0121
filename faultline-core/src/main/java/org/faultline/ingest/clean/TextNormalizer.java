package org.faultline.ingest.clean;

import java.util.regex.Pattern;

/**
 * Evens out characters that only differ in how they were typed or copied: line endings, non-breaking
 * and zero-width spaces, soft hyphens, tabs, trailing blanks. Nothing a reader would miss is removed.
 */
public final class TextNormalizer {
    private static final Pattern ODD_SPACES = Pattern.compile("[\\u00A0\\u2007\\u202F\\u2009\\u200A\\u2002\\u2003\\t\\f\\u000B]");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern TRAILING = Pattern.compile("[ ]+$", Pattern.MULTILINE);
    private static final Pattern LEADING = Pattern.compile("^[ ]+", Pattern.MULTILINE);
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        String s = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
        s = INVISIBLE.matcher(s).replaceAll("");
        s = ODD_SPACES.matcher(s).replaceAll(" ");
        s = TRAILING.matcher(s).replaceAll("");
        s = LEADING.matcher(s).replaceAll("");
        return SPACES.matcher(s).replaceAll(" ");
    }
}
