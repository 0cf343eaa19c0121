package org.faultline.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ActorTest {
    private final Actor rebels = new Actor("the rebels", "rebels", null, "REB", "REB", null);

    @Test
    void codeJoinsCountryAndSectorAndIsNullWhenBothAre() {
        assertThat(Actor.code("AZE", "MIL")).isEqualTo("AZEMIL");
        assertThat(Actor.code("AZE", null)).isEqualTo("AZE");
        assertThat(Actor.code(null, "REB")).isEqualTo("REB");
        assertThat(Actor.code(null, null)).isNull();
    }

    @Test
    void copiesRebuildTheCodeAndKeepTheRest() {
        Actor sudanese = rebels.withCountry("SDN");
        assertThat(sudanese).isEqualTo(new Actor("the rebels", "rebels", "SDN", "REB", "SDNREB", null));
        Actor civilians = sudanese.withSector("CVL");
        assertThat(civilians.code()).isEqualTo("SDNCVL");
        assertThat(civilians.text()).isEqualTo("the rebels");
        Actor he = new Actor("Ilham Aliyev", "Ilham Aliyev", "AZE", "GOV", "AZEGOV", "Q1").withText("he");
        assertThat(he).isEqualTo(new Actor("he", "Ilham Aliyev", "AZE", "GOV", "AZEGOV", "Q1"));
        assertThat(Actor.ofCountry("ARM")).isEqualTo(new Actor("ARM", "ARM", "ARM", null, "ARM", null));
        assertThatThrownBy(() -> rebels.withText(" ")).hasMessageContaining("blank");
    }
}
