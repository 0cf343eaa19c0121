package org.faultline.ingest.clean;

import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a word broken at a line end with a hyphen ("propa-" / "ganda") was split by the
 * typesetter (join it: "propaganda") or is a real compound ("large-" / "scale": keep "large-scale").
 *
 * <p>The rule, in order: (1) the document's own spelling wins: if it writes the joined form or the
 * hyphenated form elsewhere, follow it; (2) a capitalised right part or digits keep the hyphen
 * ("pro-Russian", "2020-2023"); (3) when both parts are words on their own and the left part is a
 * typical compound modifier (large, self, well...), keep the hyphen; (4) when the joined form is a
 * known word, join; (5) when both parts are words but the joined form is not, keep the hyphen
 * ("radio-electronic"); (6) otherwise a fragment is involved, so join ("instru-mentalize").
 */
public final class Dehyphenator {
    /** Left parts that commonly start hyphenated compounds even when the joined form is also a word. */
    private static final Set<String> COMPOUND_LEFT = Set.of(
            "self", "well", "large", "small", "long", "short", "high", "low", "full", "half", "ill", "all",
            "cross", "far", "near", "ex", "non", "anti", "pro", "post", "pre", "mid", "semi", "quasi",
            "counter", "inter", "multi", "co", "re", "de", "so", "top", "first", "second", "third", "one", "two",
            "three", "four", "five", "ten", "hundred", "year", "month", "week", "day", "state", "government",
            "military", "radio", "socio", "left", "right", "hard", "soft", "open", "broad", "wide", "old", "new");

    private final WordList words;

    public Dehyphenator(WordList words) {
        this.words = words;
    }

    /**
     * @param left      the letters before the line-end hyphen (e.g. "propa")
     * @param right     the word starting the next line (e.g. "ganda")
     * @param docTokens lowercase tokens of the whole document, hyphenated compounds kept whole
     * @return true to keep the hyphen, false to join the parts
     */
    public boolean keepHyphen(String left, String right, Set<String> docTokens) {
        String l = left.toLowerCase(Locale.ROOT);
        String r = right.toLowerCase(Locale.ROOT);
        if (docTokens.contains(l + "-" + r)) return true;
        if (docTokens.contains(l + r)) return false;
        if (right.isEmpty() || !Character.isLowerCase(right.charAt(0))) return true;
        if (!l.chars().allMatch(Character::isLetter)) return true;
        boolean bothWords = words.contains(l) && words.contains(r);
        if (bothWords && COMPOUND_LEFT.contains(l)) return true;
        if (words.contains(l + r)) return false;
        return bothWords;
    }
}
