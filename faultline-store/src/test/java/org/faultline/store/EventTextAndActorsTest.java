package org.faultline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.faultline.events.Event;
import org.faultline.events.Factuality;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The events text filter through the full-text index and the actors aggregate, on both backends. */
class EventTextAndActorsTest extends BackendTest {
    private Store store;

    private static Event withEvidence(Event e, String evidence) {
        return new Event(e.id(), e.articleId(), e.sentenceIndex(), evidence, e.trigger(), e.type(), e.mode(), e.context(),
                e.cameo(), e.goldstein(), e.quad(), e.source(), e.target(), e.date(), e.datePrecision(), e.location(),
                e.factuality(), e.claimedBy(), e.confidence(), e.incidentId());
    }

    private static Event withSides(Event e, org.faultline.actors.Actor source, org.faultline.actors.Actor target) {
        return new Event(e.id(), e.articleId(), e.sentenceIndex(), e.evidence(), e.trigger(), e.type(), e.mode(), e.context(),
                e.cameo(), e.goldstein(), e.quad(), source, target, e.date(), e.datePrecision(), e.location(),
                e.factuality(), e.claimedBy(), e.confidence(), e.incidentId());
    }

    @BeforeEach
    void fill() {
        store = open("t.db");
        store.save(Fixtures.article("a1", "T", Fixtures.filler(1)), null, List.of(
                withEvidence(Fixtures.event("a1", 0, "ASSAULT", "NVL", "EMR", "2023-09-19", Factuality.ASSERTED),
                        "Troops of Northvale shelled a village near the Eastmarch border."),
                withEvidence(Fixtures.event("a1", 1, "ASSAULT", "EMR", "NVL", "2023-09-20", Factuality.REPORTED),
                        "Eastmarch forces returned fire, the ministry said."),
                withEvidence(Fixtures.event("a1", 2, "ACCUSE", "NVL", "EMR", "2023-09-21", Factuality.ASSERTED),
                        "Northvale accused Eastmarch of shelling civilians in Türkmenbaşy street.")));
        store.save(Fixtures.article("a2", "T", Fixtures.filler(2)), null, List.of(
                // the same actor on both sides: counted once, as source
                withSides(withEvidence(Fixtures.event("a2", 0, "AGREE", "NVL", "NVL", "2024-01-05", Factuality.PROPOSED),
                        "Northvale's cabinet agreed with itself on a budget."),
                        Fixtures.actor("SrcNVL", "NVL", "GOV"), Fixtures.actor("SrcNVL", "NVL", "GOV")),
                withSides(withEvidence(Fixtures.event("a2", 1, "ASSAULT", "NVL", "EMR", null, Factuality.NEGATED),
                        "No shelling took place, officials insisted."),
                        Fixtures.actor("Northvale's government", "NVL", "GOV"), Fixtures.actor("TgtEMR", "EMR", "MIL"))));
    }

    @AfterEach
    void close() {
        if (store != null) store.close();
    }

    private List<String> ids(EventQuery q) { return store.events(q).stream().map(Event::id).toList(); }

    @Test
    void textFindsWordsWhateverTheirEndingCaseOrAccents() {
        assertThat(ids(EventQuery.all().text("shelling"))).containsExactly("a1-e0", "a1-e2", "a2-e1");
        assertThat(ids(EventQuery.all().text("RETURNED FIRE"))).containsExactly("a1-e1");
        assertThat(ids(EventQuery.all().text("turkmenbasy"))).containsExactly("a1-e2");
        assertThat(store.countEvents(EventQuery.all().text("shelled").type("ASSAULT"))).isEqualTo(2);
        assertThat(ids(EventQuery.all().text("fire ministry nowhere"))).isEmpty();
    }

    @Test
    void fullTextSyntaxInTheWordsIsJustText() {
        assertThat(ids(EventQuery.all().text("\"returned\" fire* -ministry"))).containsExactly("a1-e1");
        assertThat(ids(EventQuery.all().text("NEAR(evidence: )"))).isEmpty();
        assertThat(ids(EventQuery.all().text("(((\""))).isEmpty();
    }

    @Test
    void theIndexFollowsDeletesAndReplacedArticles() {
        store.save(Fixtures.article("a3", "T", Fixtures.filler(3)), null, List.of(
                withEvidence(Fixtures.event("a3", 0, "PROTEST", "EMR", "NVL", "2024-02-01", Factuality.ASSERTED),
                        "Students protested against the drone strikes.")));
        assertThat(ids(EventQuery.all().text("drone"))).containsExactly("a3-e0");
    }

    @Test
    void actorsAreCountedInOneAggregate() {
        List<ActorTally> all = store.actorTallies(null, -1, 0);
        assertThat(all).extracting(t -> t.actor().code()).containsExactly("NVLGOV", "EMRMIL", "EMRGOV", "NVLMIL");
        assertThat(store.countActors(null)).isEqualTo(4);
        ActorTally gov = all.get(0);
        assertThat(gov.events()).isEqualTo(4);
        assertThat(gov.asSource()).isEqualTo(4);
        assertThat(gov.asTarget()).isZero();
        assertThat(gov.mentions()).isEqualTo(2); // "SrcNVL" three times, "Northvale's government" once
        assertThat(gov.actor().text()).isEqualTo("SrcNVL");
        assertThat(gov.actor().country()).isEqualTo("NVL");
        assertThat(gov.meanGoldstein()).isCloseTo((-10 - 8 - 10 - 9) / 4.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(all.get(1).asTarget()).isEqualTo(3);
        for (ActorTally t : all) assertThat(t.events()).isEqualTo(t.asSource() + t.asTarget());

        assertThat(store.actorTallies("emr", 10, 0)).extracting(t -> t.actor().code()).containsExactly("EMRMIL", "EMRGOV");
        assertThat(store.actorTallies(null, 1, 1)).extracting(t -> t.actor().code()).containsExactly("EMRMIL");
        assertThat(store.countActors("XXX")).isZero();
        ActorTallyPage second = store.actorTallyPage(null, 2, 2);
        assertThat(second.total()).isEqualTo(4);
        assertThat(second.items()).extracting(t -> t.actor().code()).containsExactly("EMRGOV", "NVLMIL");
        assertThat(store.actorTallyPage(null, 10, 50).total()).isEqualTo(4); // past the end: counted apart
        assertThat(store.actorTallyPage(null, 10, 50).items()).isEmpty();
    }
}
