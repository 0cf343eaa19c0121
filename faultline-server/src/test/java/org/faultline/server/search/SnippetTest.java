package org.faultline.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetTest {
    @Test
    void markersBecomeRanges() {
        Snippet s = Snippet.parse("…the <b>[convoy]</b> reached [the] pass…", "[", "]");
        assertThat(s.text()).isEqualTo("…the <b>convoy</b> reached the pass…");
        assertThat(s.highlights()).hasSize(2);
        assertThat(s.text().substring(s.highlights().get(0)[0], s.highlights().get(0)[1])).isEqualTo("convoy");
        assertThat(s.text().substring(s.highlights().get(1)[0], s.highlights().get(1)[1])).isEqualTo("the");
    }

    @Test
    void unclosedMarkerRunsToTheEndAndEmptyOnesAreDropped() {
        Snippet s = Snippet.parse("a [] b [c d", "[", "]");
        assertThat(s.text()).isEqualTo("a  b c d");
        assertThat(s.highlights()).hasSize(1);
        assertThat(s.text().substring(s.highlights().get(0)[0])).isEqualTo("c d");
        assertThat(Snippet.parse(null, "[", "]").text()).isEmpty();
    }
}
