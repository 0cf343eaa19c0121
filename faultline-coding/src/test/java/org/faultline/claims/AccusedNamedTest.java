package org.faultline.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.faultline.actors.Actor;
import org.junit.jupiter.api.Test;

/** The accused of "X accused Y of Z" is Y: a target resolved from deeper in the sentence is not. */
class AccusedNamedTest {
    private static final Actor SPEAKER = new Actor("Ruritania", "Ruritania", "RUR", null, "RUR", null);

    private static Claim accusation(String content, Actor about) {
        return new Claim("c1", "a1", 0, SPEAKER, "accused", content, false, Stance.ACCUSE, about, List.of(), "2024-01-01");
    }

    @Test
    void theAccusedStandsBeforeOf() {
        Actor kin = new Actor("Kin", "Kinland", "KIN", null, "KIN", null);
        assertThat(ContradictionRules.accusedNamed(accusation("Kin of shelling the border post", kin))).isTrue();
        assertThat(ContradictionRules.accusedNamed(accusation("it of shelling the border post", kin))).isTrue();
        assertThat(ContradictionRules.accusedNamed(accusation("the customs agency of hiding its ties to Kin", kin))).isFalse();
        assertThat(ContradictionRules.accusedNamed(accusation("that the border post was shelled", kin))).isTrue();
    }
}
