package org.faultline.actors.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class PetrarchAgentReaderTest {
    private static List<PetrarchAgent> strict(String text) {
        return new PetrarchAgentReader("agents.txt", PetrarchActorReader.STRICT).read(new BufferedReader(new StringReader(text)));
    }

    @Test
    void expandsSubstitutionsAndRegularPlurals() {
        List<PetrarchAgent> a = strict("""
                !PERSON! = MAN, WOMAN
                COAST!PERSON! [~MIL]
                LIGHTHOUSE_KEEPER [~CVL]  # a comment
                CANAL_DEPUTY {CANAL_DEPUTIES_GENERAL} [~GOVENV]
                HARBOUR_PILOTS {} [~BUS]
                """);
        assertThat(a).extracting(PetrarchAgent::code).containsExactly("MIL", "CVL", "GOVENV", "BUS");
        assertThat(a.get(0).phrases()).containsExactly("coastman", "coastmen", "coastwoman", "coastwomen");
        assertThat(a.get(1).phrases()).containsExactly("lighthouse keeper", "lighthouse keepers");
        assertThat(a.get(2).phrases()).containsExactly("canal deputy", "canal deputies general");
        assertThat(a.get(3).phrases()).containsExactly("harbour pilots");
        assertThat(a.get(3).line()).isEqualTo(5);
    }

    @Test
    void pluralRules() {
        assertThat(PetrarchAgentReader.plural("militia")).isEqualTo("militias");
        assertThat(PetrarchAgentReader.plural("party")).isEqualTo("parties");
        assertThat(PetrarchAgentReader.plural("boss")).isEqualTo("bosses");
        assertThat(PetrarchAgentReader.plural("policeman")).isEqualTo("policemen");
    }

    @Test
    void malformedLineNamesFileAndLine() {
        assertThatThrownBy(() -> strict("# header\nBROKEN_AGENT [~ENV}\n"))
                .hasMessageStartingWith("agents.txt:2:").hasMessageContaining("NOUN [~CODE]");
        assertThatThrownBy(() -> strict("CATTLE!HERDER! [~AGR]\n")).hasMessageContaining("unknown substitution");
    }
}
