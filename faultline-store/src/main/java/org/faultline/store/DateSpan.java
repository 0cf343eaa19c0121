package org.faultline.store;

import java.time.LocalDate;
import java.time.YearMonth;
import org.faultline.nlp.DatePrecision;

/**
 * The first and last day an ISO date value covers: "2023-09" covers September 1 to 30. Stored
 * next to each event's date so a range filter can ask for overlap instead of comparing strings.
 */
record DateSpan(LocalDate from, LocalDate to) {
    /** The span of an ISO value, or null when the value is missing or not a calendar date. */
    static DateSpan of(String isoValue) {
        DatePrecision p = DatePrecision.ofIsoValue(isoValue);
        try {
            switch (p) {
                case DAY: {
                    LocalDate d = LocalDate.parse(isoValue.substring(0, 10));
                    return new DateSpan(d, d);
                }
                case MONTH: {
                    YearMonth m = YearMonth.parse(isoValue);
                    return new DateSpan(m.atDay(1), m.atEndOfMonth());
                }
                case YEAR: {
                    int y = Integer.parseInt(isoValue);
                    return new DateSpan(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
                }
                default:
                    return null;
            }
        } catch (RuntimeException e) {
            return null; // "2023-13-45" and the like: keep the text, skip range filtering for it
        }
    }
}
