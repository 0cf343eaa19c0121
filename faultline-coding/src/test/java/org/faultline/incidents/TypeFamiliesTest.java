package org.faultline.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.faultline.actors.ActorDictionary;
import org.junit.jupiter.api.Test;

class TypeFamiliesTest {
    @Test
    void closeTypesShareAFamily() {
        TypeFamilies f = TypeFamilies.bundled();
        assertThat(f.of("ASSAULT")).isEqualTo(f.of("COERCE"));
        assertThat(f.of("AGREE")).isEqualTo(f.of("CONSULT"));
        assertThat(f.of("ASSAULT")).isNotEqualTo(f.of("ACCUSE"));
        assertThat(f.of("ASSAULT").symmetric()).isTrue();
        assertThat(f.of("REQUEST").symmetric()).isFalse();
        assertThat(f.of("NOVEL").name()).isEqualTo("novel");
    }

    @Test
    void badLinesNameFileAndLine() {
        String text = "# comment\nASSAULT violence yes 3\n";
        assertThatThrownBy(() -> TypeFamilies.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "mine.tsv"))
                .hasMessageContaining("mine.tsv:2");
    }

    @Test
    void deFactoEntitiesAreKinToTheStateTheirDemonymsName() {
        Sides sides = Sides.from(ActorDictionary.bundled());
        assertThat(sides.kin("NKR", "ARM")).isTrue();
        assertThat(sides.kin("ARM", "NKR")).isTrue();
        assertThat(sides.kin("NKR", "AZE")).isFalse(); // the parent state is the other side
        assertThat(sides.kin("ARM", "AZE")).isFalse();
        assertThat(Sides.strict().kin("NKR", "ARM")).isFalse();
    }
}
