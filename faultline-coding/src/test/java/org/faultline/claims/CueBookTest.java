package org.faultline.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CueBookTest {
    @Test
    void bundledCuesCarryStancesAndFlags() {
        CueBook b = CueBook.bundled();
        assertThat(b.verb("accuse")).get().extracting(CueBook.Cue::stance).isEqualTo(Stance.ACCUSE);
        assertThat(b.verb("counter")).get().extracting(CueBook.Cue::rebut).isEqualTo(true);
        assertThat(b.verb("say")).get().extracting(CueBook.Cue::contentDecides).isEqualTo(true);
        assertThat(b.noun("statement")).isPresent();
        assertThat(b.word("groundless")).contains(Stance.DENY);
        assertThat(b.verb("eat")).isEmpty();
    }

    @Test
    void badRecordsNameFileAndLine() {
        assertThatThrownBy(() -> CueBook.parse(List.of("# x", "cue\tsay\tstate"), "my.tsv")).hasMessageContaining("my.tsv:2");
        assertThatThrownBy(() -> CueBook.parse(List.of("word\tfoo\tshout"), "my.tsv")).hasMessageContaining("shout");
        assertThatThrownBy(() -> CueBook.parse(List.of("verb\tfoo\tstate"), "my.tsv")).hasMessageContaining("unknown record type");
    }

    @Test
    void figuresAreReadWithTheirCategory() {
        assertThat(Figure.in("over 200 deaths and up to 3,000 troops")).extracting(Figure::category, Figure::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("deaths", 200.0), org.assertj.core.groups.Tuple.tuple("troops", 3000.0));
        assertThat(Figure.in("in 2020 the war ended")).isEmpty();
        assertThat(new Figure("deaths", 49, "49").conflictsWith(new Figure("deaths", 12, "12"))).isTrue();
        assertThat(new Figure("deaths", 100, "100").conflictsWith(new Figure("deaths", 110, "110"))).isFalse();
    }

    @Test
    void officeNounsAreDataAndABadOfficeRowFailsWithFileAndLine() {
        assertThat(CueBook.bundled().offices()).contains("minister", "spokesman", "ambassador").doesNotContain("ministers", "ministry");
        assertThat(CueBook.parse(List.of("office\tvizier"), "my.tsv").offices()).containsExactly("vizier");
        assertThatThrownBy(() -> CueBook.parse(List.of("# x", "office"), "my.tsv")).hasMessageContaining("my.tsv:2");
    }
}
