package org.faultline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.faultline.events.Event;
import org.faultline.events.Factuality;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventQueryTest extends BackendTest {
    private Store store;

    @BeforeEach
    void fill() {
        store = open("e.db");
        store.save(Fixtures.article("a1", "T", Fixtures.filler(1)), null, List.of(
                Fixtures.event("a1", 0, "ASSAULT", "NVL", "EMR", "2023-09-19", Factuality.ASSERTED),
                Fixtures.event("a1", 1, "ASSAULT", "EMR", "NVL", "2023-09", Factuality.REPORTED),
                Fixtures.event("a1", 2, "ACCUSE", "NVL", "EMR", "2023", Factuality.ASSERTED)));
        store.save(Fixtures.article("a2", "T", Fixtures.filler(2)), null, List.of(
                Fixtures.event("a2", 0, "AGREE", "NVL", "RVT", "2024-01-05", Factuality.PROPOSED),
                Fixtures.event("a2", 1, "ASSAULT", "NVL", "EMR", null, Factuality.NEGATED),
                Fixtures.event("a2", 2, "CONSULT", null, "EMR", "2023-10-02", Factuality.ASSERTED)));
    }

    @AfterEach
    void close() {
        if (store != null) store.close(); // null when the backend was skipped
    }

    private List<String> ids(EventQuery q) { return store.events(q).stream().map(Event::id).toList(); }

    @Test
    void filtersByDirectedDyadAndEitherSide() {
        assertThat(ids(EventQuery.all().dyad("NVL", "EMR"))).containsExactly("a1-e2", "a1-e0", "a2-e1");
        assertThat(ids(EventQuery.all().dyad("emr", null))).containsExactly("a1-e1");
        assertThat(ids(EventQuery.all().dyad(null, "EMR"))).containsExactly("a1-e2", "a1-e0", "a2-e2", "a2-e1");
        assertThat(ids(EventQuery.all().involving("RVT"))).containsExactly("a2-e0");
    }

    @Test
    void filtersByTypeFactualityAndArticle() {
        assertThat(ids(EventQuery.all().type("ASSAULT"))).containsExactly("a1-e1", "a1-e0", "a2-e1");
        assertThat(ids(EventQuery.all().type("ASSAULT").factuality(Factuality.REPORTED))).containsExactly("a1-e1");
        assertThat(ids(EventQuery.all().article("a2").type("ASSAULT"))).containsExactly("a2-e1");
    }

    @Test
    void dateRangeKeepsEventsWhosePeriodOverlaps() {
        // the month-precision and year-precision events overlap the day; the undated one never matches
        assertThat(ids(EventQuery.all().between(LocalDate.of(2023, 9, 25), LocalDate.of(2023, 9, 25))))
                .containsExactly("a1-e2", "a1-e1");
        assertThat(ids(EventQuery.all().between(LocalDate.of(2023, 10, 1), null)))
                .containsExactly("a1-e2", "a2-e2", "a2-e0");
        assertThat(ids(EventQuery.all().between(null, LocalDate.of(2023, 9, 18)))).containsExactly("a1-e2", "a1-e1");
    }

    @Test
    void resultsComeInDateOrderUndatedLast() {
        assertThat(ids(EventQuery.all())).containsExactly("a1-e2", "a1-e1", "a1-e0", "a2-e2", "a2-e0", "a2-e1");
    }

    @Test
    void pagesAndCounts() {
        EventQuery q = EventQuery.all().dyad("NVL", null);
        assertThat(store.countEvents(q)).isEqualTo(4);
        assertThat(ids(q.page(2, 1))).containsExactly("a1-e0", "a2-e0");
        assertThat(store.countEvents(q.page(2, 1))).isEqualTo(4);
        assertThat(ids(q.page(10, 4))).isEmpty();
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> EventQuery.all().page(-5, 0)).hasMessageContaining("-5");
        assertThatThrownBy(() -> EventQuery.all().page(5, -1)).hasMessageContaining("-1");
        assertThatThrownBy(() -> EventQuery.all().between(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)))
                .hasMessageContaining("2024-02-01").hasMessageContaining("2024-01-01");
    }
}
