package org.faultline.ingest.clean;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DehyphenatorTest {
    private static Dehyphenator dehyphenator;

    @BeforeAll
    static void load() {
        dehyphenator = new Dehyphenator(WordList.english());
    }

    @Test
    void typesetterSplitsAreJoined() {
        assertThat(dehyphenator.keepHyphen("propa", "ganda", Set.of())).isFalse();
        assertThat(dehyphenator.keepHyphen("negoti", "ations", Set.of())).isFalse();
        assertThat(dehyphenator.keepHyphen("govern", "ment", Set.of())).isFalse();
        assertThat(dehyphenator.keepHyphen("instru", "mentalize", Set.of())).isFalse();
        assertThat(dehyphenator.keepHyphen("in", "formation", Set.of())).isFalse();
    }

    @Test
    void realCompoundsKeepTheirHyphen() {
        assertThat(dehyphenator.keepHyphen("large", "scale", Set.of())).isTrue();
        assertThat(dehyphenator.keepHyphen("radio", "electronic", Set.of())).isTrue();
        assertThat(dehyphenator.keepHyphen("well", "known", Set.of())).isTrue();
        assertThat(dehyphenator.keepHyphen("cease", "fire", Set.of("cease-fire"))).isTrue();
        assertThat(dehyphenator.keepHyphen("pro", "Russian", Set.of())).isTrue();
        assertThat(dehyphenator.keepHyphen("self", "defense", Set.of())).isTrue();
    }

    @Test
    void theDocumentsOwnSpellingWins() {
        assertThat(dehyphenator.keepHyphen("check", "point", Set.of("checkpoint"))).isFalse();
        assertThat(dehyphenator.keepHyphen("check", "point", Set.of("check-point"))).isTrue();
    }

    @Test
    void wordListKnowsInflections() {
        WordList words = WordList.english();
        assertThat(words.size()).isGreaterThan(50_000);
        assertThat(words.contains("negotiations")).isTrue();
        assertThat(words.contains("Propaganda")).isTrue();
        assertThat(words.contains("ganda")).isFalse();
    }
}
