package org.faultline.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ledger on short articles written for this test (not taken from any corpus). */
class CommitmentTrackerTest {
    private static final List<Fixtures.Article> EXCHANGE = List.of(
            new Fixtures.Article("ex-1", LocalDate.of(2024, 3, 4), "Alpha Wire",
                    "Serbia proposed a prisoner exchange to Kosovo on Sunday. The offer came after weeks of tension along the boundary."),
            new Fixtures.Article("ex-2", LocalDate.of(2024, 3, 20), "Beta News",
                    "Kosovo and Serbia agreed on a prisoner exchange during talks in Brussels, mediators said."),
            new Fixtures.Article("ex-3", LocalDate.of(2024, 4, 9), "Gamma Daily",
                    "Serbia and Kosovo swapped prisoners at a border crossing on Monday."));

    private static final List<Fixtures.Article> REJECTION = List.of(
            new Fixtures.Article("rj-1", LocalDate.of(2022, 6, 1), "Alpha Wire",
                    "Ethiopia offered a new round of peace talks to Eritrea on Tuesday."),
            new Fixtures.Article("rj-2", LocalDate.of(2022, 6, 8), "Beta News",
                    "Eritrea rejected the Ethiopian offer of peace talks on Monday, calling it a ploy."));

    private static final List<Fixtures.Article> STALL = List.of(
            new Fixtures.Article("st-1", LocalDate.of(2021, 2, 10), "Alpha Wire",
                    "Sudan and South Sudan signed a border demarcation agreement in Juba on Wednesday."),
            new Fixtures.Article("st-2", LocalDate.of(2021, 9, 15), "Beta News",
                    "Work on the border demarcation has stalled, officials in Khartoum admitted."));

    private static final List<Fixtures.Article> DEADLINE = List.of(
            new Fixtures.Article("dl-1", LocalDate.of(2025, 2, 3), "Alpha Wire",
                    "Bolivia and Chile agreed to sign a border treaty by the end of the year."),
            new Fixtures.Article("dl-2", LocalDate.of(2026, 2, 9), "Beta News",
                    "Bolivia proposed a border treaty to Chile again on Monday."));

    private static List<Commitment> ledger(List<Fixtures.Article> articles) {
        Fixtures.Coded c = Fixtures.code("commit", articles);
        return CommitmentTracker.withBundledData().track(c.events(), c.infos(), c.sentences());
    }

    private static Commitment about(List<Commitment> ledger, String word) {
        List<Commitment> hits = ledger.stream().filter(k -> k.content().toLowerCase().contains(word)).toList();
        assertThat(hits).as("commitments about '%s' in %s", word, ledger).hasSize(1);
        return hits.get(0);
    }

    private static List<CommitmentStatus> statuses(Commitment c) {
        return c.history().stream().map(StatusChange::status).toList();
    }

    private static final List<Fixtures.Article> REPRINT = List.of(
            new Fixtures.Article("rp-1", LocalDate.of(2024, 5, 6), "Alpha Wire",
                    "Georgia and Russia agreed on a prisoner exchange during talks in Geneva, mediators said."),
            new Fixtures.Article("rp-2", LocalDate.of(2024, 5, 7), "Beta News",
                    "Georgia and Russia agreed on a prisoner exchange during talks in Geneva, mediators said."));

    private static final List<Fixtures.Article> PAST = List.of(
            new Fixtures.Article("pa-1", LocalDate.of(2024, 5, 6), "Alpha Wire",
                    "Azerbaijan proposed a prisoner exchange to Armenia on Monday."),
            new Fixtures.Article("pa-2", LocalDate.of(2024, 5, 9), "Beta News",
                    "Armenia and Azerbaijan swapped prisoners in 2021, the last time the two sides exchanged detainees."));

    @Test
    void aReprintedAgreementIsOneEntryWithOneStep() {
        Commitment c = about(ledger(REPRINT), "prisoner");
        assertThat(statuses(c)).containsExactly(CommitmentStatus.AGREED);
    }

    @Test
    void anExchangeTheTextDatesBeforeTheProposalDoesNotImplementIt() {
        Commitment c = about(ledger(PAST), "prisoner");
        assertThat(c.status()).isEqualTo(CommitmentStatus.PROPOSED);
    }

    @Test
    void proposalAgreedThenImplementedAcrossThreeArticles() {
        Commitment c = about(ledger(EXCHANGE), "prisoner");
        assertThat(statuses(c)).containsExactly(CommitmentStatus.PROPOSED, CommitmentStatus.AGREED, CommitmentStatus.IMPLEMENTED);
        assertThat(c.history()).extracting(StatusChange::articleId).containsExactly("ex-1", "ex-2", "ex-3");
        assertThat(c.status()).isEqualTo(CommitmentStatus.IMPLEMENTED);
        assertThat(c.kind()).isEqualTo("proposal");
        assertThat(c.madeOn()).startsWith("2024-03");
        assertThat(c.parties()).extracting(a -> a.country()).contains("SRB", "XKX");
        assertThat(c.id()).isEqualTo("com-" + "ex-1-0-0");
    }

    @Test
    void offerRejectedByTheOtherSide() {
        Commitment c = about(ledger(REJECTION), "talks");
        assertThat(statuses(c)).containsExactly(CommitmentStatus.PROPOSED, CommitmentStatus.REJECTED);
        assertThat(c.history().get(1).articleId()).isEqualTo("rj-2");
        assertThat(c.history().get(1).evidence()).contains("rejected");
    }

    @Test
    void signedAgreementLaterStalls() {
        Commitment c = about(ledger(STALL), "demarcation");
        assertThat(statuses(c)).containsExactly(CommitmentStatus.AGREED, CommitmentStatus.STALLED);
        assertThat(c.kind()).isEqualTo("agreement");
        assertThat(c.history().get(1).date()).isEqualTo("2021-09-15");
    }

    @Test
    void ledgerDoesNotDependOnInputOrder() {
        Fixtures.Coded c = Fixtures.code("commit", EXCHANGE);
        List<org.faultline.events.Event> reversed = new java.util.ArrayList<>(c.events());
        java.util.Collections.reverse(reversed);
        CommitmentTracker t = CommitmentTracker.withBundledData();
        assertThat(t.track(reversed, c.infos(), c.sentences())).isEqualTo(t.track(c.events(), c.infos(), c.sentences()));
    }

    @Test
    void aDeadlinePassedWithoutImplementationStallsTheCommitment() {
        Commitment c = about(ledger(DEADLINE), "border treaty");
        assertThat(c.content()).contains("by the end of the year");
        assertThat(statuses(c)).startsWith(CommitmentStatus.AGREED, CommitmentStatus.STALLED);
        assertThat(c.history().get(1).articleId()).isEqualTo("dl-2");
    }

    @Test
    void deadlinesResolveAgainstTheDateMade() {
        assertThat(Deadline.find("a treaty by the end of the year", "2025-02-03").day()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(Deadline.find("troops out within 30 days", "2025-02-03").day()).isEqualTo(LocalDate.of(2025, 3, 5));
        assertThat(Deadline.find("elections by March", "2025-06-01").day()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(Deadline.find("a deal by 2027", "2025").day()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(Deadline.find("a deal soon", "2025-01-01")).isNull();
    }
}
