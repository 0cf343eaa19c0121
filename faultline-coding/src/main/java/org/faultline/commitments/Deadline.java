package org.faultline.commitments;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deadline a commitment sets itself ("by the end of the year", "by March 2024", "within 30 days"),
 * resolved against the date the commitment was made.
 *
 * @param phrase the words as written
 * @param day    the last day the commitment allows
 */
record Deadline(String phrase, LocalDate day) {
    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december";
    private static final Pattern END_OF_YEAR = Pattern.compile("\\bby the end of (this|the|next|the next|last|the last) year\\b");
    private static final Pattern END_OF_MONTH = Pattern.compile("\\bby (?:the end of )?(" + MONTHS + ")(?: (\\d{4}))?\\b");
    private static final Pattern BY_YEAR = Pattern.compile("\\bby (?:the end of )?(\\d{4})\\b");
    private static final Pattern WITHIN = Pattern.compile("\\bwithin (\\d+|a|one|two|three|four|six|ten) (day|week|month|year)s?\\b");

    /** The deadline in {@code text}, or null; {@code madeOn} is the ISO date (day, month or year) it was set on. */
    static Deadline find(String text, String madeOn) {
        if (text == null || madeOn == null || madeOn.length() < 4) return null;
        LocalDate base;
        try {
            base = madeOn.length() >= 10 ? LocalDate.parse(madeOn.substring(0, 10))
                    : madeOn.length() == 7 ? YearMonth.parse(madeOn).atDay(1) : LocalDate.of(Integer.parseInt(madeOn.substring(0, 4)), 1, 1);
        } catch (RuntimeException e) {
            return null;
        }
        String t = text.toLowerCase(Locale.ROOT);
        Matcher m = END_OF_YEAR.matcher(t);
        if (m.find()) {
            int shift = m.group(1).contains("next") ? 1 : m.group(1).contains("last") ? -1 : 0;
            return new Deadline(m.group(), LocalDate.of(base.getYear() + shift, 12, 31));
        }
        m = END_OF_MONTH.matcher(t);
        if (m.find()) {
            Month month = Month.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            int year = m.group(2) != null ? Integer.parseInt(m.group(2)) : month.getValue() < base.getMonthValue() ? base.getYear() + 1 : base.getYear();
            return new Deadline(m.group(), YearMonth.of(year, month).atEndOfMonth());
        }
        m = BY_YEAR.matcher(t);
        if (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (year >= base.getYear() && year <= base.getYear() + 30) return new Deadline(m.group(), LocalDate.of(year, 12, 31));
        }
        m = WITHIN.matcher(t);
        if (m.find()) {
            String n = m.group(1);
            int k = switch (n) {
                case "a", "one" -> 1;
                case "two" -> 2;
                case "three" -> 3;
                case "four" -> 4;
                case "six" -> 6;
                case "ten" -> 10;
                default -> Integer.parseInt(n);
            };
            LocalDate day = switch (m.group(2)) {
                case "day" -> base.plusDays(k);
                case "week" -> base.plusWeeks(k);
                case "month" -> base.plusMonths(k);
                default -> base.plusYears(k);
            };
            return new Deadline(m.group(), day);
        }
        return null;
    }
}
