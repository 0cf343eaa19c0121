package org.faultline.claims;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The author a headline names at its end, as outlets do for published statements and interviews
 * ("Peace must not be missed: MFA of Country", "We are ready: President X"). Gives the author as
 * written; resolving it to an actor is the claim extractor's job.
 */
public final class TitleAuthor {
    // Up to six words after the last colon, starting with a capital letter, no sentence punctuation.
    private static final Pattern TAIL = Pattern.compile("^(.{12,}?)\\s*:\\s+(\\p{Lu}[^:.!?\"“”]{1,70})$");

    private TitleAuthor() {}

    /** The author named after the headline's last colon, if the tail looks like a name. */
    public static Optional<String> of(String title) {
        if (title == null) return Optional.empty();
        String t = title.strip();
        int nl = t.indexOf('\n');
        if (nl >= 0) t = t.substring(0, nl).strip();
        Matcher m = TAIL.matcher(t);
        if (!m.matches()) return Optional.empty();
        String tail = m.group(2).strip();
        if (tail.split("\\s+").length > 6) return Optional.empty();
        return Optional.of(tail);
    }
}
