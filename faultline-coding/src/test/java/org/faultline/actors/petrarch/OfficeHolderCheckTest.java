package org.faultline.actors.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfficeHolderCheckTest {
    @Test
    void transliterationsOfOneNameMatchButOtherNamesDoNot() {
        assertThat(OfficeHolderCheck.samePerson("Serzh Sargsyan", "Serzh Sarkisyan")).isTrue();
        assertThat(OfficeHolderCheck.samePerson("Ahmad Shah Massoud", "Ahmad Zia Masood")).isFalse();
        assertThat(OfficeHolderCheck.samePerson("Carlos Menem", "Carlos Enrique Meyer")).isFalse();
        assertThat(OfficeHolderCheck.samePerson("Kim Jong Il", "Kim Il")).isFalse();
        assertThat(OfficeHolderCheck.samePerson("Sargsyan", "Sargsyan")).isFalse(); // one word is no full name
    }
}
