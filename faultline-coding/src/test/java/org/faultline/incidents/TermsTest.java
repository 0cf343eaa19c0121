package org.faultline.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermsTest {
    @Test
    void inflectionsMeetAndFunctionWordsGo() {
        assertThat(Terms.of("The clashes")).containsExactly("clash");
        assertThat(Terms.of("clashed")).containsExactly("clash");
        assertThat(Terms.of("seized")).isEqualTo(Terms.of("seize"));
        assertThat(Terms.of("swapped prisoners")).containsExactly("swap", "prisoner");
        assertThat(Terms.of("a non-aggression pact")).containsExactly("nonaggression", "pact");
        assertThat(Terms.of("on Tuesday, it said that")).isEmpty();
    }
}
