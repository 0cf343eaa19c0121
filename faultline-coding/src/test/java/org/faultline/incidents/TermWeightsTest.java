package org.faultline.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TermWeightsTest {
    private static TermWeights read(String text) throws Exception {
        return TermWeights.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.tsv");
    }

    @Test
    void bundledTableDownweighsGenericWordsInTheFormTermsGives() {
        TermWeights w = TermWeights.bundled();
        String officials = Terms.of("officials").get(0);
        assertThat(w.of(officials)).isLessThan(1.0);
        assertThat(w.of(Terms.of("artillery").get(0))).isEqualTo(1.0);
    }

    @Test
    void badRowsNameTheLineAndReason() {
        assertThatThrownBy(() -> read("# c\nforces 2\n")).hasMessageContaining("test.tsv:2").hasMessageContaining("(0, 1]");
        assertThatThrownBy(() -> read("forces\n")).hasMessageContaining("test.tsv:1").hasMessageContaining("2 fields");
        assertThatThrownBy(() -> read("forces x\n")).hasMessageContaining("must be a number");
    }

    @Test
    void wordsAreStemmedOnLoad() throws Exception {
        TermWeights w = read("troops 0.5\n");
        assertThat(w.of("troop")).isEqualTo(0.5);
        assertThat(TermWeights.uniform().of("troop")).isEqualTo(1.0);
    }
}
