package org.faultline.actors.petrarch;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * PETRARCH2's date strings: {@code YYMMDD} (years 00–30 are 20YY, others 19YY, as in KEDS,
 * TABARI and PETRARCH2's {@code dstr_to_ordate}) or {@code YYYYMMDD}. Unlike PETRARCH2, which
 * reads the first six of seven digits, any other length is refused, so a typo is reported.
 */
final class PetrarchDates {
    private PetrarchDates() {}

    /** The date, or an {@link IllegalArgumentException} saying why the string is not one. */
    static LocalDate parse(String s) {
        if (!s.matches("[0-9]+")) throw new IllegalArgumentException("'" + s + "' is not a date (digits YYMMDD or YYYYMMDD)");
        int year, month, day;
        if (s.length() == 6) {
            int yy = Integer.parseInt(s.substring(0, 2));
            year = yy <= 30 ? 2000 + yy : 1900 + yy;
            month = Integer.parseInt(s.substring(2, 4));
            day = Integer.parseInt(s.substring(4, 6));
        } else if (s.length() == 8) {
            year = Integer.parseInt(s.substring(0, 4));
            month = Integer.parseInt(s.substring(4, 6));
            day = Integer.parseInt(s.substring(6, 8));
        } else {
            throw new IllegalArgumentException("'" + s + "' has " + s.length() + " digits; a date is YYMMDD or YYYYMMDD");
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + s + "' is not a calendar date (" + e.getMessage() + ")");
        }
    }
}
