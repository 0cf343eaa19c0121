package org.faultline.events.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScoreTest {
    @Test
    void precisionRecallAndF1() {
        Score s = new Score(6, 2, 4);
        assertThat(s.precision()).isCloseTo(0.75, within(1e-9));
        assertThat(s.recall()).isCloseTo(0.6, within(1e-9));
        assertThat(s.f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, within(1e-9));
        assertThat(new Score(0, 0, 0).f1()).isZero();
    }

    @Test
    void goldEventAcceptsPartnersOfACompoundActorAsTarget() {
        GoldEvent mutual = new GoldEvent("g1", "AGREE", java.util.Set.of("USA", "JOR"), java.util.Set.of());
        assertThat(mutual.acceptsTarget(null, "USA")).isTrue();
        assertThat(mutual.acceptsTarget("JOR", "USA")).isTrue();
        assertThat(mutual.acceptsTarget("USA", "USA")).isFalse();
        assertThat(mutual.acceptsSource(null)).isFalse();
    }
}
