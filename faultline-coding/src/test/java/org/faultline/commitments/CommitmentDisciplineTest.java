package org.faultline.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who committed, what moves a commitment, and one entry per commitment, on short articles written
 * for this test (not taken from any corpus).
 */
class CommitmentDisciplineTest {
    private static final List<Fixtures.Article> ORDER = List.of(
            new Fixtures.Article("or-1", LocalDate.of(2024, 10, 3), "Alpha Wire",
                    "The International Court of Justice on Thursday ordered Moldova to guarantee safe passage for aid convoys through the Dniester crossing."));

    private static final List<Fixtures.Article> DEAL = List.of(
            new Fixtures.Article("dd-1", LocalDate.of(2024, 11, 8), "Alpha Wire",
                    "Moldova and Ukraine announced on Friday that they would release detained fishermen in a joint statement. "
                            + "Under the deal, Ukraine will free nine Moldovan fishermen and Moldova will release four Ukrainian fishermen."),
            new Fixtures.Article("dd-2", LocalDate.of(2024, 11, 20), "Beta News",
                    "Many of the Moldovan fishermen were detained during a storm in 2019, and their relatives have campaigned for their release for years."));

    private static final List<Fixtures.Article> PAIRS = List.of(
            new Fixtures.Article("pr-1", LocalDate.of(2024, 2, 5), "Alpha Wire",
                    "Turkey agreed to hold talks with Georgia on the pipeline route, its foreign minister said."),
            new Fixtures.Article("pr-2", LocalDate.of(2024, 3, 12), "Beta News",
                    "Talks between Georgia and Armenia on the pipeline route took place in Tbilisi on Monday."));

    private static List<Commitment> ledger(String name, List<Fixtures.Article> articles) {
        Fixtures.Coded c = Fixtures.code(name, articles);
        Fixtures.print(c.events());
        List<Commitment> out = CommitmentTracker.withBundledData().track(c.events(), c.infos(), c.sentences());
        out.forEach(k -> System.out.println("  " + k.kind() + " " + k.status() + " " + k.content() + " "
                + k.parties().stream().map(a -> a.code()).toList() + " " + k.history().size()));
        return out;
    }

    @Test
    void aCourtsOrderIsNotTheStatesPledge() {
        List<Commitment> ledger = ledger("order", ORDER);
        assertThat(ledger).as("no pledge or agreement of the ordered state")
                .noneMatch(k -> (k.kind().equals("pledge") || k.kind().equals("agreement")));
        assertThat(ledger).as("the order is recorded with its issuer")
                .anyMatch(k -> k.kind().equals("order") && k.content().contains("International Court of Justice")
                        && k.status() == CommitmentStatus.PROPOSED);
    }

    @Test
    void theTermsOfADealAreThatDealAndAnOldCaptureDoesNotCarryItOut() {
        List<Commitment> ledger = ledger("deal", DEAL);
        List<Commitment> deals = ledger.stream().filter(k -> k.history().get(0).articleId().equals("dd-1")).toList();
        assertThat(deals).as("one entry for the deal and its terms").hasSize(1);
        assertThat(deals.get(0).status()).as("a sentence about an old detention and a campaign is no release")
                .isEqualTo(CommitmentStatus.AGREED);
    }

    @Test
    void talksOfAnotherPairDoNotCarryOutACommitment() {
        List<Commitment> ledger = ledger("pairs", PAIRS);
        List<Commitment> turkish = ledger.stream().filter(k -> k.history().get(0).articleId().equals("pr-1")).toList();
        assertThat(turkish).as("Turkey's agreement to talks with Georgia").hasSize(1);
        assertThat(turkish.get(0).status()).as("Georgian-Armenian talks do not implement it").isNotEqualTo(CommitmentStatus.IMPLEMENTED);
    }
}
