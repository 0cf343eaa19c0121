package org.faultline.ingest.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication dates found in metadata, which come in many shapes: ISO 8601 dates and
 * date-times ({@code 2023-09-19T08:00:00+04:00}), RFC 1123 ({@code Tue, 19 Sep 2023 08:00:00 GMT}),
 * slashed ({@code 2023/09/19}), numeric day-first or US month-first ({@code 19.09.2023},
 * {@code 09/19/2023}), compact ({@code 20230919}) and written-out English dates
 * ({@code September 19, 2023}, {@code 19 Sept. 2023}). A date-time keeps the calendar date written in
 * its own offset: that is the date the publisher meant.
 */
public final class DateParser {
    static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
            + "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?i)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b");
    static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern ISO_START = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern NUMERIC_DAY_FIRST = Pattern.compile("^(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})\\b");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:\\D.*)?$");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private DateParser() {
    }

    /** The date a metadata value names, if it can be read. */
    public static Optional<LocalDate> parse(String value) {
        if (value == null || value.isBlank()) return Optional.empty();
        String s = value.strip();
        Matcher m = ISO_START.matcher(s);
        if (m.find()) return date(m.group(1), m.group(2), m.group(3));
        m = NUMERIC_DAY_FIRST.matcher(s);
        if (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            // 19.09.2023 and 19/09/2023 are day-first; 09/19/2023 can only be month-first; a slash with
            // both parts <= 12 follows the US habit of metadata written with slashes.
            boolean monthFirst = b > 12 || (a <= 12 && m.group(2).equals("/"));
            return monthFirst ? date(m.group(4), m.group(1), m.group(3)) : date(m.group(4), m.group(3), m.group(1));
        }
        m = COMPACT.matcher(s);
        if (m.matches()) return date(m.group(1), m.group(2), m.group(3));
        try {
            return Optional.of(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeParseException e) {
            // fall through to written-out dates
        }
        List<LocalDate> found = TextDates.find(s);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static int month(String name) {
        return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT).substring(0, 3), 0);
    }
}
