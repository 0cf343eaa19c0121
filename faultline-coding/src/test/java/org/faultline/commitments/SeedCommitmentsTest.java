package org.faultline.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.faultline.events.Event;
import org.faultline.incidents.ArticleInfo;
import org.faultline.incidents.SeedAccess;
import org.junit.jupiter.api.Test;

/** The ledger on the seed articles (real CoreNLP, real coder). */
class SeedCommitmentsTest {
    @Test
    void seedLedgerHasProposalsWithEvidenceAndOrderedHistories() {
        List<Event> events = SeedAccess.allEvents();
        Map<String, ArticleInfo> infos = SeedAccess.infos();
        List<Commitment> ledger = CommitmentTracker.withBundledData().track(events, infos, SeedAccess.sentences());
        ledger.forEach(c -> System.out.println(CommitmentJson.commitment(c)));
        assertThat(ledger).isNotEmpty();
        for (Commitment c : ledger) {
            assertThat(c.content()).isNotBlank();
            for (int i = 1; i < c.history().size(); i++)
                assertThat(c.history().get(i).status()).isNotEqualTo(c.history().get(i - 1).status());
        }
        // 004: the non-aggression pact offer is in the ledger
        assertThat(ledger).anyMatch(c -> c.content().toLowerCase().contains("non-aggression"));
    }
}
