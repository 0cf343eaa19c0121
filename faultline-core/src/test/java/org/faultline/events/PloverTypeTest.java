package org.faultline.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PloverTypeTest {
    @Test
    void sixteenTypesAndOnlyThem() {
        assertThat(PloverType.names()).hasSize(16).contains("ASSAULT", "REQUEST").doesNotContain("DEMAND", "FIGHT");
        assertThat(PloverType.isKnown("ASSAULT")).isTrue();
        assertThat(PloverType.isKnown("assault")).as("data files spell types in capitals").isFalse();
        assertThat(PloverType.parse(" assault ", "x")).isEqualTo(PloverType.ASSAULT);
    }

    @Test
    void anUnknownTypeNamesWhereItCameFrom() {
        assertThatThrownBy(() -> PloverType.parse("DEMAND", "patterns.tsv:12, field 'type'"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("patterns.tsv:12").hasMessageContaining("DEMAND")
                .hasMessageContaining("REQUEST");
    }

    @Test
    void speechActsAreWhatIsOnlySaid() {
        assertThat(PloverType.ACCUSE.speechAct()).isTrue();
        assertThat(PloverType.THREATEN.speechAct()).isTrue();
        assertThat(PloverType.CONSULT.speechAct()).as("a meeting is an act").isFalse();
        assertThat(PloverType.ASSAULT.speechAct()).isFalse();
    }
}
