package org.faultline.ingest.date;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DatesTest {
    @Test
    void metadataDatesInManyShapes() {
        LocalDate d = LocalDate.of(2023, 9, 19);
        assertThat(DateParser.parse("2023-09-19")).contains(d);
        assertThat(DateParser.parse("2023-09-19T23:30:00+04:00")).contains(d);
        assertThat(DateParser.parse("2023-09-19 08:00")).contains(d);
        assertThat(DateParser.parse("2023/09/19")).contains(d);
        assertThat(DateParser.parse("20230919")).contains(d);
        assertThat(DateParser.parse("Tue, 19 Sep 2023 08:00:00 GMT")).contains(d);
        assertThat(DateParser.parse("September 19, 2023")).contains(d);
        assertThat(DateParser.parse("19th of Sept. 2023")).contains(d);
        assertThat(DateParser.parse("19.09.2023")).contains(d);
        assertThat(DateParser.parse("09/19/2023 10:00")).contains(d);
        assertThat(DateParser.parse("19/09/2023")).contains(d);
        assertThat(DateParser.parse("yesterday")).isEmpty();
        assertThat(DateParser.parse("2023-02-30")).isEmpty();
    }

    @Test
    void inferenceTakesTheLatestFullDateThatIsNotInTheFuture() {
        String text = "The 10 November 2020 statement was cited. On August 5, 2023 the talks broke down; "
                + "a review is planned for 2099-01-01. Earlier, on March 5, there were clashes.";
        assertThat(TextDates.find(text)).containsExactly(LocalDate.of(2020, 11, 10), LocalDate.of(2023, 8, 5), LocalDate.of(2099, 1, 1));
        assertThat(TextDates.infer(text, LocalDate.of(2024, 1, 1))).contains(LocalDate.of(2023, 8, 5));
        assertThat(TextDates.infer("No dates here, only March 5 and 2023.", LocalDate.of(2024, 1, 1))).isEmpty();
    }
}
