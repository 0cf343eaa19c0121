package org.faultline.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void tokenizesNamesLikeCoreNlp() {
        assertThat(Words.tokenize("Azerbaijan's foreign ministry")).containsExactly("Azerbaijan", "'s", "foreign", "ministry");
        assertThat(Words.tokenize("the U.S. and Nagorno-Karabakh, Côte d'Ivoire"))
                .containsExactly("the", "U.S.", "and", "Nagorno-Karabakh", ",", "Côte", "d'Ivoire");
        assertThat(Words.tokenize("Armenia’s")).containsExactly("Armenia", "'s");
        assertThat(Words.tokenize(null)).isEmpty();
    }

    @Test
    void normalisesCaseDiacriticsAndPeriods() {
        assertThat(Words.norm("Türkiye")).isEqualTo("turkiye");
        assertThat(Words.norm("U.S.")).isEqualTo("us");
        assertThat(Words.norm("Xankəndi")).isEqualTo("xankandi");
        assertThat(Words.norm("Qarabağ")).isEqualTo("qarabag");
        assertThat(Words.norm("İbrahim")).isEqualTo("ibrahim");
        assertThat(Words.normPhrase("  The  Kremlin ")).isEqualTo("the kremlin");
    }

    @Test
    void wordShapesGuardAcronymsAndNames() {
        assertThat(Words.shapeAllows("US", "US")).isTrue();
        assertThat(Words.shapeAllows("US", "U.S.")).isTrue();
        assertThat(Words.shapeAllows("US", "us")).isFalse();
        assertThat(Words.shapeAllows("US", "Us")).isFalse();
        assertThat(Words.shapeAllows("Chad", "Chad")).isTrue();
        assertThat(Words.shapeAllows("Chad", "CHAD")).isTrue();
        assertThat(Words.shapeAllows("Chad", "chad")).isFalse();
        assertThat(Words.shapeAllows("troops", "Troops")).isTrue();
        assertThat(List.of("von", "der")).allMatch(w -> Words.shapeAllows(w, w.toUpperCase()));
    }
}
