package org.faultline.ingest.clean;

import org.faultline.ingest.date.TextDates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises a line that only states when (and by whom) the article was published, as copied pages
 * carry under their headline: "September 20, 2023", "Published: 20 Sep 2023 14:05 GMT",
 * "By Jane Roe, 2023-09-20", "Posted on 20 Sep 2023 by Jane Roe". Such a line gives the publication date and is not article text.
 */
public final class DatelineDetector {
    private static final int MAX_WORDS = 16;
    private static final Pattern TIME = Pattern.compile("(?i)\\b\\d{1,2}[:.]\\d{2}(\\s*[ap]\\.?m\\.?)?\\b|\\b\\d{1,2}\\s*[ap]\\.?m\\.?\\b");
    private static final Pattern FILLER = Pattern.compile("(?i)\\b(published|updated|last updated|posted|modified|date|on|at|"
            + "am|pm|gmt|utc|cet|est|edt|bst|msk|azt|amt|local time|time|monday|tuesday|wednesday|thursday|friday|"
            + "saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|hours?|hrs?)\\b");
    private static final Pattern BYLINE = Pattern.compile("(?i)^(by|posted by|written by)\\s+[\\p{L}.'’ -]{2,60}?\\s*([,|–—-]|\\son\\b)");
    private static final Pattern TRAILING_BYLINE = Pattern.compile("(?i)\\s(by|from)\\s+[\\p{L}.'’ -]{2,60}$");
    private static final Pattern DATE_TEXT = Pattern.compile("(?i)\\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|"
            + "aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\\.?|\\b(st|nd|rd|th|of)\\b|\\d+");

    private DatelineDetector() {
    }

    /** The date such a line states, or empty when the line says anything else. */
    public static Optional<LocalDate> date(String line, LocalDate today) {
        String s = line.strip();
        if (s.isEmpty() || AuthorBioDetector.wordCount(s) > MAX_WORDS) return Optional.empty();
        List<LocalDate> dates = TextDates.find(s);
        if (dates.size() != 1 || dates.get(0).isAfter(today.plusDays(1))) return Optional.empty();
        String rest = BYLINE.matcher(s).replaceFirst(" ");
        rest = TRAILING_BYLINE.matcher(rest).replaceFirst(" ");
        rest = TIME.matcher(rest).replaceAll(" ");
        rest = DATE_TEXT.matcher(rest).replaceAll(" ");
        rest = FILLER.matcher(rest).replaceAll(" ");
        return rest.chars().anyMatch(Character::isLetter) ? Optional.empty() : Optional.of(dates.get(0));
    }
}
