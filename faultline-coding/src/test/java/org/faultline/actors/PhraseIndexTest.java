package org.faultline.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseIndexTest {
    @Test
    void findsLongestPhrasesLeftToRight() {
        PhraseIndex<String> index = new PhraseIndex<>();
        index.add("foreign ministry", "GOV");
        index.add("ministry", "GOV-weak");
        index.add("defence ministry", "MIL");
        index.add("Armenia", "ARM");
        var matches = index.scan(List.of("Armenia", "'s", "foreign", "ministry", "and", "defence", "ministry"));
        assertThat(matches).extracting(PhraseIndex.Match::values)
                .containsExactly(List.of("ARM"), List.of("GOV"), List.of("MIL"));
        assertThat(matches.get(1).start()).isEqualTo(2);
        assertThat(matches.get(1).end()).isEqualTo(4);
        assertThat(index.size()).isEqualTo(4);
    }

    @Test
    void keepsEveryValueOfAPhraseAndRespectsShapes() {
        PhraseIndex<String> index = new PhraseIndex<>();
        index.add("Congress", "USA");
        index.add("congress", "LEG");
        assertThat(index.exact(List.of("Congress"))).containsExactly("USA", "LEG");
        assertThat(index.exact(List.of("congress"))).containsExactly("LEG");
        assertThat(index.exact(List.of("congress", "hall"))).isEmpty();
        index.add("", "nothing");
        assertThat(index.size()).isEqualTo(2);
    }
}
