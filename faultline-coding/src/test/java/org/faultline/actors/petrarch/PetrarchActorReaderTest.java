package org.faultline.actors.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.faultline.actors.DictionaryFormatException;
import org.junit.jupiter.api.Test;

class PetrarchActorReaderTest {
    private static List<PetrarchEntry> strict(String text) {
        return new PetrarchActorReader("test.actors.txt", PetrarchActorReader.STRICT).read(new BufferedReader(new StringReader(text)));
    }

    @Test
    void readsHeadlineSynonymsAndDatedRoles() {
        List<PetrarchEntry> e = strict("""
                # a comment line
                ORLAN_VESKOVICH_  # CountryInfo.txt
                +ORLAN_VESKOVITCH_
                \t[ARMELI 800101-050301]
                \t[ARMGOV >120101] [ARMMIL <991231]
                \t[ARMELI]

                TAVRO_MELIKSETIAN_ [AZEGOV 20030804-20031104]
                """);
        assertThat(e).hasSize(2);
        PetrarchEntry orlan = e.get(0);
        assertThat(orlan.name()).isEqualTo("ORLAN VESKOVICH");
        assertThat(orlan.aliases()).containsExactly("ORLAN VESKOVITCH");
        assertThat(orlan.comment()).isEqualTo("CountryInfo.txt");
        assertThat(orlan.line()).isEqualTo(2);
        assertThat(orlan.roles()).containsExactly(
                new PetrarchRole("ARMELI", LocalDate.of(1980, 1, 1), LocalDate.of(2005, 3, 1), 4),
                new PetrarchRole("ARMGOV", LocalDate.of(2012, 1, 1), null, 5),
                new PetrarchRole("ARMMIL", null, LocalDate.of(1999, 12, 31), 5),
                new PetrarchRole("ARMELI", null, null, 6));
        assertThat(orlan.dated()).isTrue();
        assertThat(e.get(1).roles()).containsExactly(
                new PetrarchRole("AZEGOV", LocalDate.of(2003, 8, 4), LocalDate.of(2003, 11, 4), 8));
    }

    @Test
    void twoDigitYearsUpToThirtyAreThisCentury() {
        assertThat(PetrarchDates.parse("300101")).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThat(PetrarchDates.parse("310101")).isEqualTo(LocalDate.of(1931, 1, 1));
    }

    @Test
    void malformedDateFailsWithFileAndLine() {
        assertThatThrownBy(() -> strict("PERSON_\n\t[ARMGOV 9008223-911221]\n"))
                .isInstanceOf(DictionaryFormatException.class)
                .hasMessageStartingWith("test.actors.txt:2: field 'date'")
                .hasMessageContaining("7 digits");
    }

    @Test
    void otherMalformedLinesNameTheirLine() {
        assertThatThrownBy(() -> strict("+ORPHAN_SYNONYM\n")).hasMessageStartingWith("test.actors.txt:1:").hasMessageContaining("before any actor");
        assertThatThrownBy(() -> strict("NAME_ [ARMGOV 100101\n")).hasMessageStartingWith("test.actors.txt:1:").hasMessageContaining("unbalanced");
        assertThatThrownBy(() -> strict("NAME_ [armgov]\n")).hasMessageContaining("not a CAMEO code");
        assertThatThrownBy(() -> strict("NAME_ [ARMGOV 120101-100101]\n")).hasMessageContaining("ends");
    }

    @Test
    void lenientReaderCollectsProblemsAndGoesOn() {
        List<DictionaryFormatException> problems = new ArrayList<>();
        List<PetrarchEntry> e = new PetrarchActorReader("f.txt", problems::add).read(new BufferedReader(new StringReader(
                "A_PERSON_ [ARMGOV 9008223-911221]\nB_PERSON_ [AZEGOV 100101-120101]\n")));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(1));
        assertThat(e).hasSize(2);
        assertThat(e.get(0).roles()).isEmpty();
        assertThat(e.get(1).roles()).hasSize(1);
    }
}
