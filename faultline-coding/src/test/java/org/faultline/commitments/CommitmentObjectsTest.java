package org.faultline.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.faultline.actors.Actor;
import org.junit.jupiter.api.Test;

/**
 * Only reports naming a commitment object open a commitment, and the same commitment mentioned twice
 * in one article is one entry. Fixtures written for this test (not taken from any corpus).
 */
class CommitmentObjectsTest {
    private static final List<Fixtures.Article> APPEALS = List.of(
            new Fixtures.Article("ap-1", LocalDate.of(2024, 5, 6), "Alpha Wire",
                    "Canada called on Mexico to act without delay. Norway urged Sweden to comply on Friday. "
                            + "Germany called on Poland to exercise restraint."));

    private static final List<Fixtures.Article> PACT = List.of(
            new Fixtures.Article("pa-1", LocalDate.of(2024, 7, 2), "Beta News",
                    "Peru proposed a non-aggression pact to Ecuador on Tuesday, officials in Lima said."));

    private static List<Commitment> ledger(String cache, List<Fixtures.Article> articles) {
        Fixtures.Coded c = Fixtures.code(cache, articles);
        return CommitmentTracker.withBundledData().track(c.events(), c.infos(), c.sentences());
    }

    @Test
    void genericAppealsAreNotCommitments() {
        CommitmentCues cues = CommitmentCues.bundled();
        assertThat(cues.namesObject("act")).isFalse();
        assertThat(cues.namesObject("ensure")).isFalse();
        assertThat(cues.namesObject("exercise restraint")).isFalse();
        assertThat(cues.namesObject("non-aggression pact")).isTrue();
        assertThat(cues.namesObject("swapped prisoners")).isTrue();
        assertThat(ledger("objects-appeals", APPEALS)).isEmpty();
    }

    @Test
    void aProposedPactIsACommitment() {
        List<Commitment> ledger = ledger("objects-pact", PACT);
        assertThat(ledger).as("ledger %s", ledger).hasSize(1);
        assertThat(ledger.get(0).content().toLowerCase()).contains("non-aggression pact");
        assertThat(ledger.get(0).kind()).isEqualTo("proposal");
    }

    @Test
    void theSameCommitmentMentionedTwiceInAnArticleIsOneEntry() {
        Actor union = new Actor("the Union", "the Union", null, "IGO", "IGOUNI", null);
        Actor states = new Actor("the States", "the States", "USA", "GOV", "USAGOV", null);
        Actor sides = new Actor("both sides", "both sides", null, "GOV", "GOV", null);
        Ledger ledger = new Ledger();
        ledger.apply(signal("a-3-0", List.of(union, sides), Set.of("XUN"), 3));
        ledger.apply(signal("a-3-1", List.of(states, sides), Set.of("USA"), 3));
        ledger.apply(signal("a-5-0", List.of(states, sides), Set.of("USA"), 5));
        List<Commitment> out = ledger.commitments();
        assertThat(out).hasSize(1);
        assertThat(out.get(0).parties()).extracting(Actor::code).containsExactly("IGOUNI", "GOV", "USAGOV");
        assertThat(out.get(0).history()).hasSize(1);
    }

    @Test
    void aJointCallInOneSentenceIsOneEntry() {
        Actor lima = new Actor("Lima", "Lima", "PER", "GOV", "PERGOV", null);
        Actor quito = new Actor("Quito", "Quito", "ECU", "GOV", "ECUGOV", null);
        Ledger ledger = new Ledger();
        ledger.apply(signal("a-2-0", List.of(lima), Set.of("PER"), 2));
        ledger.apply(signal("a-2-1", List.of(quito), Set.of("ECU"), 2));
        Actor bogota = new Actor("Bogota", "Bogota", "COL", "GOV", "COLGOV", null);
        ledger.apply(signal("a-4-0", List.of(bogota), Set.of("COL"), 4)); // later, another party: kept apart
        assertThat(ledger.commitments()).hasSize(2);
        assertThat(ledger.commitments().get(0).parties()).extracting(Actor::code).containsExactly("PERGOV", "ECUGOV");
    }

    private static Signal signal(String id, List<Actor> parties, Set<String> countries, int sentence) {
        Set<String> terms = Set.of("talk", "border");
        return new Signal(Role.DEMAND, "demand", parties, countries, "border talks", terms, terms, terms, false,
                "2024-01-01", LocalDate.of(2024, 1, 1).toEpochDay(), "a", sentence, sentence, "They called for border talks.", id, true, false);
    }
}
