package org.faultline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.faultline.claims.Claim;
import org.faultline.claims.ContradictionKind;
import org.faultline.claims.Stance;
import org.faultline.events.Event;
import org.faultline.events.Factuality;
import org.faultline.ingest.Article;
import org.junit.jupiter.api.Test;

/** Claims saved with their article: round trip, replacement, deletion, filters. */
class ClaimStoreTest extends BackendTest {

    private static final String TEXT = "The Northvale ministry said Eastmarch troops fired first. "
            + "Eastmarch denied the report. \"We did not move,\" a spokesman told reporters.";

    private static Article article(String id) { return Fixtures.article(id, "Border dispute " + id, TEXT); }

    private static List<Event> events(String id) {
        return List.of(Fixtures.event(id, 0, "ASSAULT", "EMR", "NVL", "2024-03-10", Factuality.REPORTED),
                Fixtures.event(id, 1, "ACCUSE", "NVL", "EMR", "2024-03-10", Factuality.ASSERTED));
    }

    private static List<Claim> claims(String id) {
        return List.of(LinkFixtures.claim(id, 0, "NVL", Stance.ACCUSE, "EMR", "Eastmarch troops fired first"),
                LinkFixtures.claim(id, 1, "EMR", Stance.DENY, "NVL", "the troops did not move"),
                LinkFixtures.claim(id, 2, "NVL", Stance.WARN, null, "further moves will be answered"));
    }

    @Test
    void claimsRoundTripWithTheirArticleInOrder() {
        try (Store store = open("c.db")) {
            Article a = article("a1");
            assertThat(store.save(a, Fixtures.doc(a), events("a1"), claims("a1"))).isEqualTo(SaveOutcome.INSERTED);
            assertThat(store.claims("a1")).containsExactlyElementsOf(claims("a1"));
            assertThat(store.findClaim("a1-c1")).contains(claims("a1").get(1));
            assertThat(store.findClaim("nope")).isEmpty();
            assertThat(store.claims("unknown")).isEmpty();
            List<Claim> all = new ArrayList<>();
            store.forEachClaim(all::add);
            assertThat(all).containsExactlyElementsOf(claims("a1"));
            // the old signature still works and stores no claims
            Article b = article("b1");
            store.save(b, Fixtures.doc(b), events("b1"));
            assertThat(store.claims("b1")).isEmpty();
            assertThat(store.events(EventQuery.all().article("b1"))).hasSize(2);
        }
    }

    @Test
    void replacingOrDeletingAnArticleReplacesOrDropsItsClaims() {
        try (Store store = open("c.db")) {
            Article a = article("a1");
            store.save(a, Fixtures.doc(a), events("a1"), claims("a1"));
            store.save(a, Fixtures.doc(a), events("a1"), claims("a1").subList(0, 1));
            assertThat(store.claims("a1")).containsExactly(claims("a1").get(0));
            store.save(a, Fixtures.doc(a), events("a1"));
            assertThat(store.countClaims(ClaimQuery.all())).isZero();
            store.save(a, Fixtures.doc(a), events("a1"), claims("a1"));
            store.replaceClaims("a1", claims("a1").subList(1, 3));
            assertThat(store.claims("a1")).containsExactlyElementsOf(claims("a1").subList(1, 3));
            assertThat(store.delete("a1")).isTrue();
            assertThat(store.countClaims(ClaimQuery.all())).isZero();
            assertThat(store.checkIntegrity()).isEmpty();
        }
    }

    @Test
    void badClaimsAreRefusedAndNothingOfTheArticleIsStored() {
        try (Store store = open("c.db")) {
            Article a = article("a1");
            List<Claim> foreign = List.of(LinkFixtures.claim("other", 0, "NVL", Stance.ACCUSE, null, "x"));
            assertThatThrownBy(() -> store.save(a, Fixtures.doc(a), events("a1"), foreign))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("other-c0").hasMessageContaining("a1");
            List<Claim> twice = List.of(claims("a1").get(0), claims("a1").get(0));
            assertThatThrownBy(() -> store.save(a, Fixtures.doc(a), events("a1"), twice))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a1-c0");
            assertThat(store.existsId("a1")).isFalse();
            store.save(a, Fixtures.doc(a), events("a1"), claims("a1"));
            Article b = article("b1");
            // b1 reuses a1's claim id: refused by name, b1 not stored, a1 untouched
            Claim stolen = new Claim("a1-c0", "b1", 0, claims("a1").get(0).speaker(), "said", "something", false,
                    Stance.STATE, null, List.of(), null);
            assertThatThrownBy(() -> store.save(b, null, List.of(), List.of(stolen)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a1-c0").hasMessageContaining("already used");
            assertThat(store.existsId("b1")).isFalse();
            assertThat(store.claims("a1")).hasSize(3);
            assertThatThrownBy(() -> store.replaceClaims("zz", List.of())).hasMessageContaining("zz");
        }
    }

    @Test
    void filtersBySpeakerAboutStanceArticleAndContestedWithCountsAndPages() {
        try (Store store = open("c.db")) {
            for (String id : List.of("a1", "a2", "a3")) {
                Article a = article(id);
                store.save(a, Fixtures.doc(a), events(id), claims(id));
            }
            assertThat(store.claims(ClaimQuery.all().speakerCountry("nvl"))).hasSize(6)
                    .allMatch(c -> c.speaker().country().equals("NVL"));
            assertThat(store.claims(ClaimQuery.all().aboutCountry("EMR"))).extracting(Claim::id)
                    .containsExactly("a1-c0", "a2-c0", "a3-c0");
            assertThat(store.claims(ClaimQuery.all().stance(Stance.DENY).article("a2"))).extracting(Claim::id)
                    .containsExactly("a2-c1");
            ClaimQuery nvl = ClaimQuery.all().speakerCountry("NVL");
            assertThat(store.countClaims(nvl.page(2, 0))).isEqualTo(6);
            assertThat(store.claims(nvl.page(2, 2))).extracting(Claim::id).containsExactly("a2-c0", "a2-c2");
            assertThat(store.claims(ClaimQuery.all().contested())).isEmpty();
            store.replaceLinks(List.of(), null, List.of(LinkFixtures.contradiction("k1", claims("a1").get(0),
                    claims("a3").get(1), null, ContradictionKind.ACCUSATION_DENIAL)), List.of());
            assertThat(store.claims(ClaimQuery.all().contested())).extracting(Claim::id).containsExactly("a1-c0", "a3-c1");
            assertThat(store.countClaims(ClaimQuery.all().contested().speakerCountry("EMR"))).isEqualTo(1);
        }
    }
}
