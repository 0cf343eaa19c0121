package org.faultline.ingest.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Finds the full calendar dates a text spells out ("September 19, 2023", "10 November 2020",
 * "2023-08-05") and infers a publication date from them.
 *
 * <p>Inference rule: a news report is published on or after the latest event it dates explicitly, so
 * the publication date is taken to be the <b>latest full date mentioned that is not after today</b>.
 * Dates without a year ("on March 5") and bare years or months are ignored: they cannot be placed
 * on the calendar on their own. The result is flagged as inferred by the caller.
 */
public final class TextDates {
    private TextDates() {
    }

    /** Every full date in the text, in order of appearance. */
    public static List<LocalDate> find(String text) {
        record Hit(int at, LocalDate date) {
        }
        List<Hit> hits = new ArrayList<>();
        Matcher m = DateParser.MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            int at = m.start();
            DateParser.date(m.group(3), String.valueOf(DateParser.month(m.group(1))), m.group(2))
                    .ifPresent(d -> hits.add(new Hit(at, d)));
        }
        m = DateParser.DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            int at = m.start();
            DateParser.date(m.group(3), String.valueOf(DateParser.month(m.group(2))), m.group(1))
                    .ifPresent(d -> hits.add(new Hit(at, d)));
        }
        m = DateParser.ISO.matcher(text);
        while (m.find()) {
            int at = m.start();
            DateParser.date(m.group(1), m.group(2), m.group(3)).ifPresent(d -> hits.add(new Hit(at, d)));
        }
        hits.sort(Comparator.comparingInt(Hit::at));
        return hits.stream().map(Hit::date).toList();
    }

    /** The latest full date in the text that is not after {@code today}. */
    public static Optional<LocalDate> infer(String text, LocalDate today) {
        return find(text).stream().filter(d -> !d.isAfter(today) && d.getYear() >= 1900).max(Comparator.naturalOrder());
    }
}
