package org.faultline.events;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faultline.nlp.Sentence;

/**
 * Photo captions and image credits that cleaning left in the text ("Photo: soldiers at a checkpoint",
 * "File photo of ...", "... (Reuters/Jane Doe)"): they describe a picture, often an old one, not a
 * reported event, so a sentence that is one codes nothing. The words are data: lists {@code caption}
 * and {@code credit} of {@code coder-words.tsv}.
 */
final class Captions {
    /** A parenthesis: an agency with a slash ("(Reuters/Jane Doe)") or a labelled credit ("(Photo: X)") is a credit. */
    private static final Pattern PAREN = Pattern.compile("\\(([^()]{2,60})\\)");

    private final Set<String> caption;
    private final Set<String> credit;
    private final Set<String> position;

    Captions(CoderWords words) {
        this.caption = words.list("caption");
        this.credit = words.list("credit");
        this.position = words.list("position");
    }

    /** Why the sentence is a caption or credit, or null when it is not one. */
    String why(Sentence s) {
        String text = s.text().strip();
        String lower = text.toLowerCase(Locale.ROOT);
        for (String c : caption) {
            if (!lower.startsWith(c)) continue;
            String rest = lower.substring(c.length()).stripLeading();
            // "Photo: ...", "Image credit - ...", "File photo of ...", "Pictured, ..."
            if (rest.isEmpty() || rest.charAt(0) == ':' || rest.charAt(0) == '|' || rest.charAt(0) == '-' || rest.charAt(0) == '—'
                    || rest.charAt(0) == '–' || rest.charAt(0) == ',' || c.contains(" ") || rest.startsWith("of ") || rest.startsWith("by "))
                return "photo caption ('" + text.substring(0, Math.min(text.length(), c.length())) + "...'): codes nothing";
        }
        Matcher m = PAREN.matcher(text);
        while (m.find()) {
            String inside = m.group(1).toLowerCase(Locale.ROOT).strip();
            String first = inside.split("[/:,]")[0].strip();
            boolean slashCredit = inside.contains("/") && credit.contains(first);
            boolean labelled = inside.matches("(photo|image|picture)( credit)?\\s*:.*");
            if (slashCredit && !isDateline(text, m.start()) || labelled)
                return "image credit ('" + m.group() + "'): the sentence is a caption, codes nothing";
            // "X (left) and Y (right) were ...": where a person stands in the picture is said only in a caption
            if (position.contains(inside))
                return "picture position ('" + m.group() + "'): the sentence is a caption, codes nothing";
        }
        return null;
    }

    /** "MOSCOW (Reuters) - ...": an agency tag at the start of a story is a dateline, not a credit. */
    private static boolean isDateline(String text, int start) {
        return start < 40 && text.indexOf(" - ", start) > 0;
    }
}
