package org.faultline.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.faultline.actors.Actor;
import org.faultline.events.Event;
import org.faultline.events.Factuality;
import org.faultline.nlp.DatePrecision;
import org.junit.jupiter.api.Test;

class TensionIndexTest {
    private static final Actor ARM = new Actor("Armenia", "Armenia", "ARM", null, "ARM", null);
    private static final Actor AZE = new Actor("Azerbaijan", "Azerbaijan", "AZE", "MIL", "AZEMIL", null);
    private static final Actor FRA = new Actor("France", "France", "FRA", null, "FRA", null);
    private int n;

    private Event event(Actor s, Actor t, String type, double goldstein, int quad, String date, Factuality f, String incident) {
        return new Event("e" + (n++), "a1", 0, "evidence", "trigger", type, null, List.of(), "190", goldstein, quad,
                s, t, date, DatePrecision.ofIsoValue(date), null, f, null, 0.9, incident);
    }

    @Test
    void anIncidentReportedManyTimesCountsOnce() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 8; i++) events.add(event(AZE, ARM, "ASSAULT", -10, 4, "2023-09-19", Factuality.ASSERTED, "inc-1"));
        TensionSeries s = new TensionIndex().compute("ARM-AZE", false, Granularity.DAILY, events);
        assertThat(s.points()).hasSize(1);
        assertThat(s.points().get(0).raw()).isEqualTo(15.0);
        assertThat(s.points().get(0).occurrences()).isEqualTo(1);
        assertThat(s.points().get(0).reports()).isEqualTo(8);
    }

    @Test
    void aSpikeAboveTheBaselineRaisesAnExplainedAlert() {
        List<Event> events = new ArrayList<>();
        for (int d = 1; d <= 20; d += 2) events.add(event(ARM, AZE, "ACCUSE", -2, 3, String.format("2023-09-%02d", d), Factuality.ASSERTED, null));
        Event strike = event(AZE, ARM, "ASSAULT", -10, 4, "2023-09-22", Factuality.ASSERTED, null);
        events.add(strike);
        events.add(event(AZE, ARM, "ASSAULT", -10, 4, "2023-09-22", Factuality.REPORTED, null));
        TensionSeries s = new TensionIndex().compute("ARM-AZE", false, Granularity.DAILY, events);
        assertThat(s.points()).hasSize(22);
        assertThat(s.alerts()).hasSize(1);
        Alert a = s.alerts().get(0);
        assertThat(a.period()).isEqualTo(LocalDate.of(2023, 9, 22));
        assertThat(a.value()).isEqualTo(30.0);
        assertThat(a.eventIds()).contains(strike.id());
        assertThat(a.explanation()).contains("AZEMIL ASSAULT ARM").contains("baseline");
    }

    @Test
    void onlyHappenedEventsOfTheDyadWithDayDatesCount() {
        List<Event> events = List.of(
                event(AZE, ARM, "ASSAULT", -10, 4, "2023-09-19", Factuality.PROPOSED, null),
                event(AZE, ARM, "ASSAULT", -10, 4, "2023-09-19", Factuality.NEGATED, null),
                event(AZE, ARM, "ASSAULT", -10, 4, "2023-09", Factuality.ASSERTED, null),
                event(FRA, ARM, "SUPPORT", 3, 1, "2023-09-19", Factuality.ASSERTED, null),
                event(ARM, AZE, "AGREE", 5, 1, "2023-09-20", Factuality.ASSERTED, null));
        TensionSeries both = new TensionIndex().compute("AZE-ARM", false, Granularity.DAILY, events);
        assertThat(both.points()).extracting(TensionPoint::occurrences).containsExactly(1);
        assertThat(both.points().get(0).raw()).isZero();
        TensionSeries directed = new TensionIndex().compute("AZE-ARM", true, Granularity.DAILY, events);
        assertThat(directed.points()).isEmpty();
    }

    @Test
    void weeksStartOnMonday() {
        List<Event> events = List.of(event(AZE, ARM, "ASSAULT", -10, 4, "2023-09-21", Factuality.ASSERTED, null),
                event(AZE, ARM, "ACCUSE", -2, 3, "2023-09-24", Factuality.ASSERTED, null));
        TensionSeries s = new TensionIndex().compute("ARM-AZE", false, Granularity.WEEKLY, events);
        assertThat(s.points()).hasSize(1);
        assertThat(s.points().get(0).period()).isEqualTo(LocalDate.of(2023, 9, 18));
        assertThat(s.points().get(0).raw()).isEqualTo(17.0);
    }

    @Test
    void aMalformedDyadIsRefusedWithItsValue() {
        assertThatThrownBy(() -> new TensionIndex().compute("ARMAZE", false, Granularity.DAILY, List.of()))
                .hasMessageContaining("ARMAZE");
    }

    @Test
    void aDeFactoEntityCountsOnItsPatronsSideWhileTheGroupingHolds() {
        Actor nkr = new Actor("Stepanakert", "Nagorno-Karabakh Republic", "NKR", "GOV", "NKRGOV", null);
        Event shelling = event(AZE, nkr, "ASSAULT", -10, 4, "2023-09-19", Factuality.ASSERTED, null);
        Event internal = event(nkr, ARM, "SUPPORT", 3, 1, "2023-09-19", Factuality.ASSERTED, null);
        Event afterDissolution = event(AZE, nkr, "ASSAULT", -10, 4, "2024-02-01", Factuality.ASSERTED, null);
        TensionSeries grouped = new TensionIndex().compute("ARM-AZE", false, Granularity.DAILY, List.of(shelling, internal, afterDissolution));
        assertThat(grouped.points()).hasSize(1);
        assertThat(grouped.points().get(0).raw()).isEqualTo(15.0);
        assertThat(grouped.alerts()).singleElement().satisfies(a -> assertThat(a.eventIds()).containsExactly(shelling.id()));
        TensionSeries ungrouped = new TensionIndex(DyadGroups.none()).compute("ARM-AZE", false, Granularity.DAILY, List.of(shelling));
        assertThat(ungrouped.points()).isEmpty();
    }
}
