package org.faultline.events;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faultline.nlp.DatePrecision;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.TimeExpression;
import org.faultline.nlp.Token;

/**
 * Photo captions and image credits that cleaning left in the text ("Photo: soldiers at a checkpoint",
 * "File photo of ...", "... (Reuters/Jane Doe)"): they describe a picture, often an old one, not a
 * reported event, so a sentence that is one codes nothing. The words are data: lists {@code caption}
 * and {@code credit} of {@code coder-words.tsv}. Captions without such words are read from their
 * grammar: a scene in the present tense that is pinned to a past date written out with its year, or
 * that stands as a line of its own without a closing full stop.
 */
final class Captions {
    /** A parenthesis: an agency with a slash ("(Reuters/Jane Doe)") or a labelled credit ("(Photo: X)") is a credit. */
    private static final Pattern PAREN = Pattern.compile("\\(([^()]{2,60})\\)");
    /** Verbs of saying: a caption shows, it does not report. */
    private static final Set<String> REPORTING = Set.of("say", "tell", "claim", "report", "announce", "state", "insist", "write", "warn", "accuse");
    /** A year written out in a time expression ("Sept. 3, 2020", "29 February 2020"). */
    private static final Pattern WRITTEN_YEAR = Pattern.compile("\\b(1[89]|20)\\d\\d\\b");

    private final Set<String> caption;
    private final Set<String> credit;
    private final Set<String> position;

    Captions(CoderWords words) {
        this.caption = words.list("caption");
        this.credit = words.list("credit");
        this.position = words.list("position");
    }

    /** Why the sentence is a caption or credit, or null when it is not one. */
    String why(Sentence s, LocalDate reportDate) {
        String scene = datedScene(s, reportDate);
        if (scene != null) return scene;
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
            // but "in Yaounde (Centre)" names a region: a parenthesis after a place is no picture position
            if (position.contains(inside) && !afterPlace(s, s.text().indexOf(text) + m.start()))
                return "picture position ('" + m.group() + "'): the sentence is a caption, codes nothing";
        }
        return null;
    }

    /**
     * A wire photo caption: a scene in the present tense (or with no finite verb at all) pinned to a
     * full date with its year written out, on or before the publication day ("X speaks to reporters
     * in Y, on March 3, 2020"; "X at a rally in Y, February 29, 2020"). Reporting prose puts a past
     * day in the past tense, and a present tense with a future day is a schedule, not a picture, so
     * both stay coded. Null when the sentence is not such a scene.
     */
    static String datedScene(Sentence s, LocalDate reportDate) {
        TimeExpression day = null;
        for (TimeExpression t : s.times())
            if (t.precision() == DatePrecision.DAY && WRITTEN_YEAR.matcher(t.text()).find() && onOrBefore(t.value(), reportDate)) day = t;
        if (day != null && presentTenseScene(s)) return "dated present-tense scene ('" + day.text() + "'): a photo caption, codes nothing";
        // the same scene left without a closing full stop is a caption line of its own ("X arrive at Y on Saturday")
        if (!endsLikeProse(s.text()) && hasPresentVerb(s) && presentTenseScene(s))
            return "present-tense line without a closing full stop: a photo caption, codes nothing";
        // a line of several words with no finite verb and no full stop ("Soldiers of X outside Y in Z") is a caption
        // or a heading: it shows or names, it reports nothing
        if (!endsLikeProse(s.text()) && s.tokens().size() >= 5 && !hasFiniteVerb(s))
            return "verbless line without a closing full stop: a caption or heading, codes nothing";
        return null;
    }

    /** Whether the token just before this character offset of the sentence text is a place name. */
    private static boolean afterPlace(Sentence s, int offsetInText) {
        int absolute = s.beginChar() + offsetInText;
        Token before = null;
        for (Token t : s.tokens()) if (t.endChar() <= absolute) before = t;
        return before != null && EventPlacer.PLACE_NER.contains(before.ner());
    }

    /** Prose sentences close with a full stop, question or exclamation mark (or a closing quote after one). */
    private static boolean endsLikeProse(String text) {
        String t = text.strip();
        while (!t.isEmpty() && "'\"’”)".indexOf(t.charAt(t.length() - 1)) >= 0) t = t.substring(0, t.length() - 1);
        return !t.isEmpty() && ".!?:;…".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    private static boolean hasFiniteVerb(Sentence s) {
        for (Token t : s.tokens()) if (Set.of("VBZ", "VBP", "VBD", "MD").contains(t.pos())) return true;
        return false;
    }

    private static boolean hasPresentVerb(Sentence s) {
        for (Token t : s.tokens()) {
            if (t.pos().equals("VBZ") || t.pos().equals("VBP")) return true;
            // "Members of X investigate a truck": a base form with its own subject and no auxiliary is a mis-tagged present
            if (t.pos().equals("VB") && hasChild(s, t.index(), "nsubj") && !hasChild(s, t.index(), "aux") && !hasChild(s, t.index(), "mark"))
                return true;
        }
        return false;
    }

    private static boolean hasChild(Sentence s, int i, String relation) {
        for (var d : s.children(i)) if (d.relation().equals(relation) || d.relation().startsWith(relation + ":")) return true;
        return false;
    }

    /** No past tense, modal, perfect or verb of saying: a scene shown, not something reported. */
    private static boolean presentTenseScene(Sentence s) {
        for (Token t : s.tokens()) {
            String pos = t.pos();
            if (pos.startsWith("VB") && REPORTING.contains(t.lemma().toLowerCase(Locale.ROOT))) return false; // "X says ... since May 2, 2020": live prose
            // a past tense, a modal or a past participle's auxiliary "has" makes it prose about the day, not a picture of it;
            // one inside a clause describing a noun does not ("X inspect a truck that was abandoned in Y")
            // "militants abducted 12 civilians" with the verb tagged a participle: a main verb with its own subject and no
            // auxiliary is a simple past all the same
            if (pos.equals("VBN") && s.head(t.index()).map(h -> h.governor() < 0).orElse(true) && hasChild(s, t.index(), "nsubj")
                    && !hasChild(s, t.index(), "aux")) return false;
            if ((pos.equals("VBD") || pos.equals("MD") || (pos.equals("VBN") && hasPerfectAuxiliary(s, t.index())))
                    && !(hasPresentVerb(s) && describesNoun(s, t.index()))) return false;
        }
        return true;
    }

    /** Whether the token lies in a clause modifying a noun (a relative or participle clause). */
    private static boolean describesNoun(Sentence s, int i) {
        int guard = 0;
        for (int k = i; guard++ < s.tokens().size(); ) {
            var head = s.head(k);
            if (head.isEmpty() || head.get().governor() < 0) return false;
            if (head.get().relation().startsWith("acl")) return true;
            k = head.get().governor();
        }
        return false;
    }

    private static boolean hasPerfectAuxiliary(Sentence s, int participle) {
        for (var d : s.children(participle))
            if (d.relation().startsWith("aux") && s.tokens().get(d.dependent()).lemma().equalsIgnoreCase("have")) return true;
        return false;
    }

    private static boolean onOrBefore(String isoValue, LocalDate reportDate) {
        if (isoValue == null || reportDate == null || isoValue.length() < 10) return false;
        try {
            return !LocalDate.parse(isoValue.substring(0, 10)).isAfter(reportDate);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** "MOSCOW (Reuters) - ...": an agency tag at the start of a story is a dateline, not a credit. */
    private static boolean isDateline(String text, int start) {
        return start < 40 && text.indexOf(" - ", start) > 0;
    }
}
