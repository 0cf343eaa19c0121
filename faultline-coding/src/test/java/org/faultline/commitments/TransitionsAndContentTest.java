package org.faultline.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransitionsAndContentTest {
    @Test
    void stateMachine() {
        assertThat(Transitions.next(CommitmentStatus.PROPOSED, Role.AGREE)).isEqualTo(CommitmentStatus.AGREED);
        assertThat(Transitions.next(CommitmentStatus.PROPOSED, Role.PROPOSE)).isNull();
        assertThat(Transitions.next(CommitmentStatus.AGREED, Role.REJECT)).isEqualTo(CommitmentStatus.BACKED_OUT);
        assertThat(Transitions.next(CommitmentStatus.AGREED, Role.IMPLEMENT)).isEqualTo(CommitmentStatus.IMPLEMENTED);
        assertThat(Transitions.next(CommitmentStatus.IMPLEMENTED, Role.STALL)).isNull();
        assertThat(Transitions.next(CommitmentStatus.STALLED, Role.PROPOSE)).isEqualTo(CommitmentStatus.PROPOSED);
        assertThat(Transitions.next(CommitmentStatus.REJECTED, Role.STALL)).isNull();
    }

    @Test
    void contentIsTheObjectOfACueOrTheNamingTrigger() {
        assertThat(ContentPhrase.of("Lisbon proposed the signing of a fishing accord to Rabat, pending a vote.", "proposed", true))
                .isEqualTo("fishing accord");
        assertThat(ContentPhrase.of("The rebels agreed to hand over weapons and leave the city.", "agreed", true))
                .isEqualTo("hand over weapons");
        assertThat(ContentPhrase.of("Chile urged Peru to reopen the border crossing.", "urged", true))
                .isEqualTo("reopen the border crossing");
        assertThat(ContentPhrase.of("They signed a water sharing agreement in Cairo.", "signed agreement", true))
                .isEqualTo("water sharing agreement");
        assertThat(ContentPhrase.of("The withdrawal of troops began on Monday.", "withdrawal", false))
                .isEqualTo("withdrawal of troops");
        assertThat(ContentPhrase.of("Peru appealed to the United Nations.", "appealed", true)).isEmpty();
        assertThat(ContentPhrase.of("The rebels promised to also free nine hostages.", "promised", true))
                .isEqualTo("free nine hostages");
    }

    @Test
    void cuesAndSynonyms() {
        CommitmentCues cues = CommitmentCues.bundled();
        assertThat(cues.contentTerms("swapped prisoners")).isEqualTo(cues.contentTerms("prisoner exchange"));
        assertThat(cues.contentTerms("peace treaty")).isEqualTo(cues.contentTerms("peace agreement"));
        assertThat(cues.onlyCues("agreed to")).isTrue();
        assertThat(cues.onlyCues("prisoner exchange")).isFalse();
        assertThat(cues.rolesIn("The talks have been on hold since May.", java.util.EnumSet.of(Role.STALL))).containsKey(Role.STALL);
    }
}
