package org.faultline.corenlp;

import org.faultline.nlp.DatePrecision;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a SUTime TIMEX value into an ISO date (YYYY-MM-DD, YYYY-MM or YYYY) for news text,
 * correcting SUTime where news usage differs from its defaults.
 * <p>
 * News reports past events, so a bare weekday ("said on Tuesday", "Monday") means the most recent
 * such day on or before the report date, while SUTime picks the one in the report date's week,
 * which may lie in the future. "last Monday" means the most recent Monday before the report date;
 * SUTime takes the Monday of the previous week. Everything else keeps SUTime's value, coarsened to
 * the smallest ISO unit that contains it (a week becomes its month, a season or quarter its year).
 * Pure: needs no CoreNLP.
 */
public final class NewsDateResolver {

    /** A resolved date: ISO value or null, with its precision. */
    public record Resolved(String value, DatePrecision precision) {
        static final Resolved UNKNOWN = new Resolved(null, DatePrecision.UNKNOWN);
    }

    private static final Pattern WEEKDAY_ONLY = Pattern.compile(
            "(?:(on|last|this past|past|on last)\\s+)?"
                    + "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                    + "(?:\\s+(?:morning|afternoon|evening|night))?");
    private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}).*");
    private static final Pattern MONTH = Pattern.compile("(\\d{4}-\\d{2})");
    private static final Pattern YEAR_ONLY = Pattern.compile("(\\d{4})(?:-(?:SP|SU|FA|WI|Q[1-4]|H[12]))?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(?:-WE)?");

    /**
     * @param text       the expression as written ("on Tuesday", "September 19, 2023")
     * @param timexValue SUTime's value, or null
     * @param reportDate the publication date, or null when unknown (then only SUTime's value is used)
     */
    public Resolved resolve(String text, String timexValue, LocalDate reportDate) {
        if (text == null) throw new IllegalArgumentException("time expression text must not be null");
        if (reportDate != null) {
            Resolved weekday = weekday(text, reportDate);
            if (weekday != null) return weekday;
        }
        return fromTimex(timexValue);
    }

    private static Resolved weekday(String text, LocalDate reportDate) {
        String norm = text.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher m = WEEKDAY_ONLY.matcher(norm);
        if (!m.matches()) return null;
        DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
        boolean strictlyBefore = m.group(1) != null && !m.group(1).equals("on");
        LocalDate date = strictlyBefore
                ? reportDate.with(TemporalAdjusters.previous(day))
                : reportDate.with(TemporalAdjusters.previousOrSame(day));
        return new Resolved(date.toString(), DatePrecision.DAY);
    }

    /** SUTime's own value, coarsened to an ISO shape; null when it names no calendar period. */
    static Resolved fromTimex(String value) {
        if (value == null || value.isBlank()) return Resolved.UNKNOWN;
        try {
            Matcher m = DAY.matcher(value);
            if (m.matches()) return new Resolved(LocalDate.parse(m.group(1)).toString(), DatePrecision.DAY);
            m = MONTH.matcher(value);
            if (m.matches()) return new Resolved(YearMonth.parse(m.group(1)).toString(), DatePrecision.MONTH);
            m = WEEK.matcher(value);
            if (m.matches()) return week(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            m = YEAR_ONLY.matcher(value);
            if (m.matches()) return new Resolved(m.group(1), DatePrecision.YEAR);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Resolved.UNKNOWN; // SUTime gave something calendar-shaped but impossible
        }
        return Resolved.UNKNOWN;
    }

    /** The month holding the whole ISO week, or its year when the week straddles two months. */
    private static Resolved week(int weekYear, int week) {
        LocalDate monday = LocalDate.of(weekYear, 6, 1)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(DayOfWeek.MONDAY);
        LocalDate sunday = monday.plusDays(6);
        if (YearMonth.from(monday).equals(YearMonth.from(sunday)))
            return new Resolved(YearMonth.from(monday).toString(), DatePrecision.MONTH);
        if (monday.getYear() == sunday.getYear())
            return new Resolved(Integer.toString(monday.getYear()), DatePrecision.YEAR);
        return Resolved.UNKNOWN;
    }
}
