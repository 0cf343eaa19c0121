package org.faultline.corenlp;

import org.faultline.nlp.DatePrecision;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NewsDateResolverTest {

    private static final LocalDate THURSDAY = LocalDate.of(2024, 1, 25);
    private final NewsDateResolver resolver = new NewsDateResolver();

    private String value(String text, String timex, LocalDate report) {
        return resolver.resolve(text, timex, report).value();
    }

    @Test
    void bareWeekdayIsTheMostRecentOnOrBeforeTheReportDate() {
        // SUTime's values are the report week's days; news means the past one
        assertThat(value("Tuesday", "2024-01-23", THURSDAY)).isEqualTo("2024-01-23");
        assertThat(value("Saturday", "2024-01-27", THURSDAY)).isEqualTo("2024-01-20");
        assertThat(value("on Friday", "2024-01-26", THURSDAY)).isEqualTo("2024-01-19");
        assertThat(value("Thursday", "2024-01-25", THURSDAY)).isEqualTo("2024-01-25");
        assertThat(value("Monday night", "2024-01-22TNI", THURSDAY)).isEqualTo("2024-01-22");
        assertThat(resolver.resolve("Tuesday", null, THURSDAY).precision()).isEqualTo(DatePrecision.DAY);
    }

    @Test
    void lastWeekdayIsTheMostRecentStrictlyBefore() {
        assertThat(value("last Monday", "2024-01-15", THURSDAY)).isEqualTo("2024-01-22");
        assertThat(value("last Thursday", "2024-01-18", THURSDAY)).isEqualTo("2024-01-18");
        assertThat(value("Last  Wednesday", "2024-01-17", THURSDAY)).isEqualTo("2024-01-24");
    }

    @Test
    void futureClausesTakeTheComingWeekday() {
        assertThat(resolver.resolve("Monday", "2024-01-22", THURSDAY, true).value()).isEqualTo("2024-01-29");
        assertThat(resolver.resolve("last Monday", "2024-01-15", THURSDAY, true).value()).isEqualTo("2024-01-22");
    }

    @Test
    void explicitDatesKeepSutimeValue() {
        assertThat(value("September 19, 2023", "2023-09-19", THURSDAY)).isEqualTo("2023-09-19");
        assertThat(value("Tuesday, January 9", "2024-01-09", THURSDAY)).isEqualTo("2024-01-09");
        assertThat(value("yesterday", "2024-01-24", THURSDAY)).isEqualTo("2024-01-24");
    }

    @Test
    void yearlessDatesGoToTheNearestYearPreferringThePast() {
        assertThat(value("September 19", "2024-09-19", THURSDAY)).isEqualTo("2023-09-19");
        assertThat(value("February 2", "2024-02-02", THURSDAY)).isEqualTo("2024-02-02");
        assertThat(value("December 28", "2024-12-28", LocalDate.of(2024, 1, 5))).isEqualTo("2023-12-28");
        assertThat(value("September", "2024-09", THURSDAY)).isEqualTo("2023-09");
        assertThat(value("January", "2024-01", THURSDAY)).isEqualTo("2024-01");
        assertThat(resolver.resolve("September 19", "2024-09-19", THURSDAY, true).value()).isEqualTo("2024-09-19");
        // a relative word means SUTime already chose the year
        assertThat(value("next September", "2024-09", THURSDAY)).isEqualTo("2024-09");
    }

    @Test
    void timexValuesAreCoarsenedToIsoShapes() {
        assertThat(NewsDateResolver.fromTimex("2024-W04")).isEqualTo(new NewsDateResolver.Resolved("2024-01", DatePrecision.MONTH));
        // ISO week 5 of 2024 runs Jan 29 - Feb 4: only its year is certain
        assertThat(NewsDateResolver.fromTimex("2024-W05")).isEqualTo(new NewsDateResolver.Resolved("2024", DatePrecision.YEAR));
        assertThat(NewsDateResolver.fromTimex("2023-SU").value()).isEqualTo("2023");
        assertThat(NewsDateResolver.fromTimex("2023-09-19T10:00").value()).isEqualTo("2023-09-19");
        assertThat(NewsDateResolver.fromTimex("PRESENT_REF").value()).isNull();
        assertThat(NewsDateResolver.fromTimex("XXXX-09-19").precision()).isEqualTo(DatePrecision.UNKNOWN);
        assertThat(NewsDateResolver.fromTimex("2023-02-30").value()).isNull();
        assertThat(NewsDateResolver.fromTimex(null).value()).isNull();
    }

    @Test
    void withoutReportDateOnlySutimeValueCounts() {
        assertThat(value("Tuesday", "XXXX-WXX-2", null)).isNull();
        assertThat(value("September 19, 2023", "2023-09-19", null)).isEqualTo("2023-09-19");
    }

    @Test
    void rejectsNullText() {
        assertThatThrownBy(() -> resolver.resolve(null, "2024", THURSDAY)).hasMessageContaining("text");
    }
}
