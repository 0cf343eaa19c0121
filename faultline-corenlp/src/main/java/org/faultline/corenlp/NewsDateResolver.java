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
 * SUTime takes the Monday of the previous week. A month or day written without a year
 * ("September 19", "in March") is placed in the year that puts it nearest the report date, with
 * future distances counted double; SUTime always takes the report date's year, which sends
 * "September 19" in a January report eight months into the future.
 * Everything else keeps SUTime's value, coarsened to
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
    private static final Pattern MONTH_NAME = Pattern.compile(
            "\\b(january|february|march|april|may|june|july|august|september|october|november|december"
                    + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\b");
    private static final Pattern RELATIVE_OR_YEAR = Pattern.compile(
            "\\b(last|next|this|coming|past|previous|following|\\d{4}|'\\d{2})\\b|\\d{4}");
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
        return resolve(text, timexValue, reportDate, false);
    }

    /**
     * As {@link #resolve(String, String, LocalDate)}, for an expression whose clause speaks of the
     * future ("talks will resume on Friday"): then a bare weekday is the next such day on or after
     * the report date, and a year-less date prefers the coming year over the past one.
     */
    public Resolved resolve(String text, String timexValue, LocalDate reportDate, boolean future) {
        if (text == null) throw new IllegalArgumentException("time expression text must not be null");
        if (reportDate == null) return fromTimex(timexValue);
        Resolved weekday = weekday(text, reportDate, future);
        if (weekday != null) return weekday;
        Resolved resolved = fromTimex(timexValue);
        return yearless(text) ? nearestYear(resolved, reportDate, future) : resolved;
    }

    private static boolean yearless(String text) {
        String norm = text.toLowerCase(Locale.ROOT);
        return MONTH_NAME.matcher(norm).find() && !RELATIVE_OR_YEAR.matcher(norm).find();
    }

    /** Moves a day or month to the year nearest the report date, the past (or future) preferred 2:1. */
    private static Resolved nearestYear(Resolved r, LocalDate reportDate, boolean future) {
        if (r.precision() != DatePrecision.DAY && r.precision() != DatePrecision.MONTH) return r;
        Resolved best = r;
        long bestCost = Long.MAX_VALUE;
        for (int year = reportDate.getYear() - 1; year <= reportDate.getYear() + 1; year++) {
            LocalDate start;
            LocalDate end;
            if (r.precision() == DatePrecision.DAY) {
                LocalDate d = LocalDate.parse(r.value());
                if (d.getMonthValue() == 2 && d.getDayOfMonth() == 29 && !java.time.Year.isLeap(year)) continue;
                start = end = d.withYear(year);
            } else {
                YearMonth ym = YearMonth.parse(r.value()).withYear(year);
                start = ym.atDay(1);
                end = ym.atEndOfMonth();
            }
            long ahead = start.toEpochDay() - reportDate.toEpochDay();
            long behind = reportDate.toEpochDay() - end.toEpochDay();
            long cost = ahead > 0 ? (future ? ahead : 2 * ahead) : behind > 0 ? (future ? 2 * behind : behind) : 0;
            if (cost < bestCost) {
                bestCost = cost;
                String value = r.precision() == DatePrecision.DAY ? start.toString() : YearMonth.from(start).toString();
                best = new Resolved(value, r.precision());
            }
        }
        return best;
    }

    private static Resolved weekday(String text, LocalDate reportDate, boolean future) {
        String norm = text.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher m = WEEKDAY_ONLY.matcher(norm);
        if (!m.matches()) return null;
        DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
        boolean strictlyBefore = m.group(1) != null && !m.group(1).equals("on");
        if (future && !strictlyBefore)
            return new Resolved(reportDate.with(TemporalAdjusters.nextOrSame(day)).toString(), DatePrecision.DAY);
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
