package org.faultline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.faultline.claims.Claim;
import org.faultline.claims.Contradiction;
import org.faultline.claims.ContradictionKind;
import org.faultline.claims.Stance;
import org.faultline.commitments.Commitment;
import org.faultline.commitments.CommitmentStatus;
import org.faultline.events.Event;
import org.faultline.events.Factuality;
import org.faultline.incidents.Incident;
import org.faultline.ingest.Article;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Incidents, contradictions and commitments: replaced wholesale and atomically, read back with filters. */
class LinksStoreTest extends BackendTest {
    private Store store;
    private final List<Claim> claimsA = List.of(
            LinkFixtures.claim("a", 0, "NVL", Stance.ACCUSE, "EMR", "Eastmarch shelled a village"),
            LinkFixtures.claim("a", 1, "NVL", Stance.DEMAND, "EMR", "Eastmarch must withdraw"));
    private final List<Claim> claimsB = List.of(
            LinkFixtures.claim("b", 0, "EMR", Stance.DENY, "NVL", "no shells were fired by our side"),
            LinkFixtures.claim("b", 1, "EMR", Stance.ACCUSE, "NVL", "Northvale attacked a patrol"));

    private final Incident shelling = LinkFixtures.incident("inc-1", "EMR", "NVL", "ASSAULT", "2024-03-10", "2024-03-11", 2,
            "a-e0", "b-e0");
    private final Incident patrol = LinkFixtures.incident("inc-2", "NVL", "EMR", "assault", "2024-03", null, 1, "b-e1");
    private final Incident talks = LinkFixtures.incident("inc-3", "NVL", "EMR", "CONSULT", null, null, 3, "a-e1");

    @BeforeEach
    void fill() {
        store = open("links.db");
        save("a", claimsA, List.of(Fixtures.event("a", 0, "ASSAULT", "EMR", "NVL", "2024-03-10", Factuality.REPORTED),
                Fixtures.event("a", 1, "CONSULT", "NVL", "EMR", null, Factuality.ASSERTED)));
        save("b", claimsB, List.of(Fixtures.event("b", 0, "ASSAULT", "EMR", "NVL", "2024-03-11", Factuality.REPORTED),
                Fixtures.event("b", 1, "ASSAULT", "NVL", "EMR", "2024-03", Factuality.REPORTED)));
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        if (store != null) store.close(); // null when the backend was skipped
    }

    private void save(String id, List<Claim> claims, List<Event> events) {
        Article a = Fixtures.article(id, "Title " + id, "Sentence one of " + id + ". Sentence two. Sentence three.");
        store.save(a, Fixtures.doc(a), events, claims);
    }

    /** Event id to its stored incident id ("-" for none). */
    private Map<String, String> incidentOf() {
        Map<String, String> out = new java.util.HashMap<>();
        store.forEachEvent(e -> out.put(e.id(), e.incidentId() == null ? "-" : e.incidentId()));
        return out;
    }

    private List<Contradiction> contradictions() {
        return List.of(LinkFixtures.contradiction("k1", claimsA.get(0), claimsB.get(0), "inc-1", ContradictionKind.ACCUSATION_DENIAL),
                LinkFixtures.contradiction("k2", claimsA.get(0), claimsB.get(1), null, ContradictionKind.BLAME_REVERSED));
    }

    private List<Commitment> commitments() {
        return List.of(
                LinkFixtures.commitment("m1", "proposal", List.of("NVL", "EMR"), CommitmentStatus.PROPOSED, CommitmentStatus.AGREED),
                LinkFixtures.commitment("m2", "pledge", List.of("EMR"), CommitmentStatus.PROPOSED),
                LinkFixtures.commitment("m3", "agreement", List.of("NVLX"), CommitmentStatus.PROPOSED, CommitmentStatus.STALLED));
    }

    @Test
    void replaceLinksRoundTripsEverythingAndSetsIncidentIds() {
        int linked = store.replaceLinks(List.of(shelling, patrol, talks), null, contradictions(), commitments());
        assertThat(linked).isEqualTo(4);
        StoreStats stats = store.stats();
        assertThat(List.of(stats.claims(), stats.incidents(), stats.contradictions(), stats.commitments()))
                .containsExactly(4L, 3L, 2L, 3L);
        // date order by first day ("2024-03" starts on the 1st), undated last
        assertThat(store.incidents(IncidentQuery.all())).containsExactly(patrol, shelling, talks);
        List<Incident> exported = new ArrayList<>();
        store.forEachIncident(exported::add);
        assertThat(exported).containsExactly(shelling, patrol, talks);
        List<Contradiction> ks = new ArrayList<>();
        store.forEachContradiction(ks::add);
        assertThat(ks).containsExactlyElementsOf(contradictions());
        List<Commitment> ms = new ArrayList<>();
        store.forEachCommitment(ms::add);
        assertThat(ms).containsExactlyElementsOf(commitments());
        assertThat(ms.get(0).status()).isEqualTo(CommitmentStatus.AGREED);
        assertThat(incidentOf()).containsOnly(Map.entry("a-e0", "inc-1"), Map.entry("a-e1", "inc-3"),
                Map.entry("b-e0", "inc-1"), Map.entry("b-e1", "inc-2"));
        assertThat(store.findIncident("inc-2")).contains(patrol);
        assertThat(store.findIncident("inc-9")).isEmpty();

        // a second run replaces everything: nothing of the first remains
        Incident merged = LinkFixtures.incident("inc-9", "EMR", "NVL", "ASSAULT", "2024-03-10", null, 2, "a-e0");
        assertThat(store.replaceLinks(List.of(merged), Map.of("a-e0", "inc-9"), List.of(), List.of())).isEqualTo(1);
        assertThat(store.incidents(IncidentQuery.all())).containsExactly(merged);
        assertThat(store.countContradictions(ContradictionQuery.all())).isZero();
        assertThat(store.countCommitments(CommitmentQuery.all())).isZero();
        assertThat(incidentOf()).containsOnly(Map.entry("a-e0", "inc-9"), Map.entry("a-e1", "-"), Map.entry("b-e0", "-"),
                Map.entry("b-e1", "-"));
        assertThat(store.checkIntegrity()).isEmpty();
    }

    @Test
    void aFailingReplaceLinksLeavesThePreviousResultsWhole() {
        store.replaceLinks(List.of(shelling, patrol), null, contradictions(), commitments());
        Contradiction dangling = new Contradiction("k9", claimsA.get(1).id(), "ghost-claim", null, ContradictionKind.DATES, "x");
        // the failure comes after the deletes and the incident inserts inside the transaction
        assertThatThrownBy(() -> store.replaceLinks(List.of(talks), null, List.of(contradictions().get(0), dangling), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k9").hasMessageContaining("ghost-claim");
        assertThat(store.incidents(IncidentQuery.all())).containsExactly(patrol, shelling);
        assertThat(store.countContradictions(ContradictionQuery.all())).isEqualTo(2);
        assertThat(store.countCommitments(CommitmentQuery.all())).isEqualTo(3);
        assertThat(incidentOf()).containsEntry("a-e0", "inc-1").containsEntry("a-e1", "-");

        assertThatThrownBy(() -> store.replaceLinks(List.of(talks), Map.of("a-e0", "inc-1"), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inc-1").hasMessageContaining("a-e0");
        assertThatThrownBy(() -> store.replaceLinks(List.of(talks, talks), null, List.of(), List.of()))
                .hasMessageContaining("inc-3");
        java.util.List<Incident> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> store.replaceLinks(withNull, null, List.of(), List.of())).hasMessageContaining("null");
        assertThat(store.countIncidents(IncidentQuery.all())).isEqualTo(2);
    }

    @Test
    void incidentFilters() {
        store.replaceLinks(List.of(shelling, patrol, talks), null, List.of(), List.of());
        assertThat(store.incidents(IncidentQuery.all().dyad("emr", "nvl"))).containsExactly(shelling);
        assertThat(store.incidents(IncidentQuery.all().dyad(null, "EMR"))).containsExactly(patrol, talks);
        assertThat(store.incidents(IncidentQuery.all().involving("NVL"))).hasSize(3);
        assertThat(store.incidents(IncidentQuery.all().typeFamily("Assault"))).containsExactly(patrol, shelling);
        assertThat(store.incidents(IncidentQuery.all().minSources(2))).containsExactly(shelling, talks);
        // 2024-03 overlaps the 20th; inc-1 ended on the 11th
        assertThat(store.incidents(IncidentQuery.all().between(LocalDate.of(2024, 3, 20), null))).containsExactly(patrol);
        assertThat(store.incidents(IncidentQuery.all().between(LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 11))))
                .containsExactly(patrol, shelling);
        assertThat(store.countIncidents(IncidentQuery.all().page(1, 1))).isEqualTo(3);
        assertThat(store.incidents(IncidentQuery.all().page(1, 1))).containsExactly(shelling);
        assertThatThrownBy(() -> IncidentQuery.all().minSources(-1)).hasMessageContaining("-1");
        // a date that is not a calendar date is kept as written and treated as undated
        Incident odd = LinkFixtures.incident("inc-odd", "NVL", "EMR", "ASSAULT", "2024-W11", "2024-13-45", 1, "a-e0");
        store.replaceLinks(List.of(odd, shelling), null, List.of(), List.of());
        assertThat(store.incidents(IncidentQuery.all())).containsExactly(shelling, odd);
        assertThat(store.incidents(IncidentQuery.all().between(LocalDate.of(2024, 1, 1), null))).containsExactly(shelling);
        assertThatThrownBy(() -> IncidentQuery.all().between(LocalDate.of(2024, 2, 2), LocalDate.of(2024, 1, 1)))
                .hasMessageContaining("reversed");
    }

    @Test
    void contestedPairsCarryBothClaimsWithSentencesAndArticles() {
        store.replaceLinks(List.of(shelling), null, contradictions(), List.of());
        List<ContestedPair> pairs = store.contradictions(ContradictionQuery.all());
        assertThat(pairs).extracting(p -> p.contradiction().id()).containsExactly("k1", "k2");
        ContestedPair first = pairs.get(0);
        assertThat(first.contradiction()).isEqualTo(contradictions().get(0));
        assertThat(first.a().claim()).isEqualTo(claimsA.get(0));
        assertThat(first.b().claim()).isEqualTo(claimsB.get(0));
        String sentenceA = Fixtures.doc(store.findArticle("a").orElseThrow()).sentences().get(claimsA.get(0).sentenceIndex()).text();
        assertThat(first.a().sentence()).isEqualTo(sentenceA);
        assertThat(first.b().sentence()).startsWith("Sentence one of b");
        assertThat(first.a().articleTitle()).isEqualTo("Title a");
        assertThat(first.b().articleUrl()).isEqualTo("https://example.org/news/b");
        assertThat(first.b().articleSource()).isEqualTo("fixtures/b.txt");
        assertThat(first.a().published()).isEqualTo(LocalDate.of(2024, 3, 14));

        assertThat(store.contradictions(ContradictionQuery.all().kind(ContradictionKind.BLAME_REVERSED)))
                .extracting(p -> p.contradiction().id()).containsExactly("k2");
        assertThat(store.contradictions(ContradictionQuery.all().incident("inc-1"))).hasSize(1);
        assertThat(store.countContradictions(ContradictionQuery.all().involving("emr"))).isEqualTo(2);
        assertThat(store.countContradictions(ContradictionQuery.all().involving("XYZ"))).isZero();
        assertThat(store.contradictions(ContradictionQuery.all().article("b").page(1, 1)))
                .extracting(p -> p.contradiction().id()).containsExactly("k2");

        // an article stored without annotation still shows, with no sentence
        Article bare = store.findArticle("b").orElseThrow();
        store.save(bare, null, List.of(), claimsB);
        store.replaceLinks(List.of(), null, contradictions(), List.of());
        assertThat(store.contradictions(ContradictionQuery.all()).get(0).b().sentence()).isNull();
        // deleting an article drops the contradictions citing its claims
        store.delete("a");
        assertThat(store.countContradictions(ContradictionQuery.all())).isZero();
        assertThat(store.checkIntegrity()).isEmpty();
    }

    @Test
    void commitmentFiltersByPartyCountryStatusAndKind() {
        store.replaceLinks(List.of(), null, List.of(), commitments());
        assertThat(store.commitments(CommitmentQuery.all().party("nvl"))).extracting(Commitment::id).containsExactly("m1");
        assertThat(store.commitments(CommitmentQuery.all().party("EMR"))).extracting(Commitment::id).containsExactly("m1", "m2");
        assertThat(store.commitments(CommitmentQuery.all().status(CommitmentStatus.PROPOSED))).extracting(Commitment::id)
                .containsExactly("m2");
        assertThat(store.commitments(CommitmentQuery.all().kind("AGREEMENT"))).extracting(Commitment::id).containsExactly("m3");
        assertThat(store.countCommitments(CommitmentQuery.all().page(1, 0))).isEqualTo(3);
        assertThat(store.commitments(CommitmentQuery.all().page(1, 2))).extracting(Commitment::id).containsExactly("m3");
        Commitment m1 = store.commitments(CommitmentQuery.all().party("NVL")).get(0);
        assertThat(m1.history()).extracting(h -> h.status()).containsExactly(CommitmentStatus.PROPOSED, CommitmentStatus.AGREED);
        assertThat(m1.history().get(1).evidence()).isEqualTo("Evidence of step 1.");
        assertThatThrownBy(() -> CommitmentQuery.all().party("A B")).hasMessageContaining("A B");
    }
}
