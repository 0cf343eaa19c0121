package org.faultline.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.faultline.events.Event;
import org.junit.jupiter.api.Test;

/** Each contradiction kind on fixture articles of our own, within and across articles. */
class ContradictionFinderTest {
    private final ContradictionFinder finder = new ContradictionFinder();

    private static List<Contradiction> find(Function<String, String> incidents, Fixture... fixtures) {
        List<Claim> claims = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        for (Fixture f : fixtures) {
            claims.addAll(f.claims());
            events.addAll(f.events());
        }
        return new ContradictionFinder().find(claims, events, incidents);
    }

    @Test
    void blameReversedAcrossTwoArticles() {
        Fixture a = Fixture.of("art-a", "Armenia's defence ministry said Azerbaijani forces opened fire on Armenian positions near the village.", "2022-09-13");
        Fixture b = Fixture.of("art-b", "Azerbaijan's defence ministry said Armenian forces attacked Azerbaijani army positions first.", "2022-09-14");
        List<Contradiction> found = find(id -> null, a, b);
        assertThat(found).hasSize(1);
        Contradiction c = found.get(0);
        assertThat(c.kind()).isEqualTo(ContradictionKind.BLAME_REVERSED);
        assertThat(c.claimA()).startsWith("art-a");
        assertThat(c.claimB()).startsWith("art-b");
        assertThat(c.id()).isEqualTo(ContradictionFinder.id(c.claimB(), c.claimA()));
        assertThat(c.explanation()).contains("Armenia").contains("Azerbaijan");
    }

    @Test
    void accusationAgainstDenialOfTheSameActAcrossArticles() {
        Fixture a = Fixture.of("acc-1", "India accused Pakistan of imposing a blockade on the river crossing.", "2021-03-01");
        Fixture b = Fixture.of("acc-2", "Pakistan denied that there was any blockade at the crossing.", "2021-03-04");
        List<Contradiction> found = find(id -> null, a, b);
        assertThat(found).extracting(Contradiction::kind).containsExactly(ContradictionKind.ACCUSATION_DENIAL);
        assertThat(found.get(0).explanation()).contains("India").contains("Pakistan");
    }

    @Test
    void anAnaphoricDenialAnswersTheAccusationBeforeIt() {
        Fixture f = Fixture.of("acc-3", "Kenya's interior minister accused Somalia of sheltering the gunmen who attacked the town. "
                + "The authorities in Mogadishu said the rebels had crossed from elsewhere. "
                + "Somalia's foreign minister firmly denied these accusations.", "2019-02-02");
        List<Contradiction> found = find(id -> null, f);
        assertThat(found).extracting(Contradiction::kind).contains(ContradictionKind.ACCUSATION_DENIAL);
    }

    @Test
    void incompatibleCharacterisationOfOneIncidentInOneSentence() {
        Fixture f = Fixture.of("char-1", "Ethiopia claimed an unprovoked Eritrean assault on a border patrol, while Eritrea countered "
                + "that Ethiopian trucks were smuggling weapons across the frontier.", "2020-11-20");
        List<Contradiction> found = find(id -> null, f);
        assertThat(found).extracting(Contradiction::kind).containsExactly(ContradictionKind.CHARACTERISATION);
    }

    @Test
    void incompatibleFiguresForTheSameIncident() {
        Fixture a = Fixture.of("fig-a", "Armenia said Azerbaijani shelling killed 49 Armenian soldiers.", "2022-09-14");
        Fixture b = Fixture.of("fig-b", "Azerbaijan said its troops killed only 12 Armenian soldiers in the clash.", "2022-09-14");
        List<String> ids = new ArrayList<>();
        a.claims().forEach(c -> ids.addAll(c.eventIds()));
        b.claims().forEach(c -> ids.addAll(c.eventIds()));
        assertThat(ids).as("both claims carry their killing events").isNotEmpty();
        List<Contradiction> found = find(id -> "incident-1", a, b);
        assertThat(found).extracting(Contradiction::kind).contains(ContradictionKind.FIGURES);
        Contradiction c = found.stream().filter(x -> x.kind() == ContradictionKind.FIGURES).findFirst().orElseThrow();
        assertThat(c.incidentId()).isEqualTo("incident-1");
        assertThat(c.explanation()).contains("49").contains("12");
    }

    @Test
    void incompatibleDatesForTheSameIncident() {
        Fixture a = Fixture.of("date-a", "Ukraine said Russian troops blew up the dam on June 6, 2023.", "2023-06-08");
        Fixture b = Fixture.of("date-b", "Russia said Ukrainian troops blew up the dam on June 5, 2023.", "2023-06-08");
        List<Contradiction> found = find(id -> "incident-dam", a, b);
        assertThat(found).extracting(Contradiction::kind).containsExactly(ContradictionKind.DATES);
    }

    @Test
    void sameSideOrUnrelatedClaimsAreNoContradiction() {
        Fixture a = Fixture.of("same-1", "Azerbaijan's foreign ministry accused Armenia of provocations. "
                + "Azerbaijan's defence ministry said Armenian troops had fired on its posts.", "2023-01-01");
        assertThat(find(id -> null, a)).isEmpty();
        Fixture b = Fixture.of("far-1", "India accused Pakistan of imposing a blockade on the river crossing.", "2021-03-01");
        Fixture c = Fixture.of("far-2", "Pakistan denied that there was any blockade at the crossing.", "2022-07-04");
        assertThat(find(id -> null, b, c)).as("sixteen months apart and no shared incident").isEmpty();
    }

    @Test
    void argumentsAreValidated() {
        assertThatThrownBy(() -> finder.find(null, List.of())).hasMessageContaining("claims");
        assertThatThrownBy(() -> finder.find(List.of(), null)).hasMessageContaining("events");
        assertThatThrownBy(() -> finder.find(List.of(), List.of(), null)).hasMessageContaining("incidentOf");
    }
}
