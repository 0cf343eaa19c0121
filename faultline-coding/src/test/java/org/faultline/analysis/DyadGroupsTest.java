package org.faultline.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DyadGroupsTest {
    private static DyadGroups read(String text) throws Exception {
        return DyadGroups.read(new BufferedReader(new StringReader(text)), "my-groups.tsv");
    }

    @Test
    void everyBundledRowIsAValidGroupingOfAKnownCode() {
        DyadGroups g = DyadGroups.bundled();
        assertThat(g.members()).isNotEmpty();
        assertThat(g.side("NKR", LocalDate.of(2023, 9, 19))).isEqualTo("ARM");
        assertThat(g.side("NKR", LocalDate.of(2024, 3, 1))).isEqualTo("NKR");
        assertThat(g.side("AZE", LocalDate.of(2023, 9, 19))).isEqualTo("AZE");
        assertThat(g.codesOf("ARM")).containsExactly("ARM", "NKR");
        assertThat(g.dyadKey("AZE", "NKR")).isEqualTo("ARM-AZE");
        assertThat(g.dyadKey("NKR", "ARM")).isNull();
        for (DyadGroups.Member m : g.members()) assertThat(m.basis()).as("basis of %s", m.member()).isNotBlank();
    }

    @Test
    void aBadRowFailsAtLoadNamingFileLineAndField() {
        assertThatThrownBy(() -> read("# c\nNKR\tARM\t1991-13-01\t-\tx\n"))
                .hasMessageContaining("my-groups.tsv:2").hasMessageContaining("'from'");
        assertThatThrownBy(() -> read("NKR\tARM\t-\t-\n")).hasMessageContaining("my-groups.tsv:1").hasMessageContaining("5 tab-separated");
        assertThatThrownBy(() -> read("NKR\tNKR\t-\t-\tx\n")).hasMessageContaining("own side");
        assertThatThrownBy(() -> read("NKR\tARM\t-\t-\tx\nARM\tRUS\t-\t-\ty\n")).hasMessageContaining("do not chain");
    }
}
