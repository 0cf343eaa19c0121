package org.faultline.ingest.clean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmallCleanersTest {
    @Test
    void gluedSentencesAreSplitButAbbreviationsNumbersAndUrlsAreNot() {
        assertThat(GluedSentenceSplitter.split("the talks ended in a crisis.Negotiators left the city."))
                .isEqualTo("the talks ended in a crisis. Negotiators left the city.");
        assertThat(GluedSentenceSplitter.split("He said \"enough.\"The room went quiet."))
                .isEqualTo("He said \"enough.\" The room went quiet.");
        assertThat(GluedSentenceSplitter.split("The U.S. envoy arrived.")).isEqualTo("The U.S. envoy arrived.");
        assertThat(GluedSentenceSplitter.split("Growth was 3.5 percent.")).isEqualTo("Growth was 3.5 percent.");
        assertThat(GluedSentenceSplitter.split("See www.example.Org/News for more.")).isEqualTo("See www.example.Org/News for more.");
        assertThat(GluedSentenceSplitter.split("Read https://news.example/story.Html now.")).isEqualTo("Read https://news.example/story.Html now.");
        assertThat(GluedSentenceSplitter.split("It runs on Node.js today.")).isEqualTo("It runs on Node.js today.");
    }

    @Test
    void headlinesAreShortSingleSentencesWithoutAnOpenEnd() {
        assertThat(TitleDetector.isHeadline("Ministers agree to reopen rail link")).isTrue();
        assertThat(TitleDetector.isHeadline("Ceasefire holds for a third day, observers say")).isTrue();
        assertThat(TitleDetector.isHeadline("The talks ended. Both sides left without a statement.")).isFalse();
        assertThat(TitleDetector.isHeadline("Today the efforts for a settlement between the two states have become the")).isFalse();
        assertThat(TitleDetector.isHeadline("By Jane Reporter")).isFalse();
        assertThat(TitleDetector.isHeadline("Monday, 4 March 2024")).isFalse();
        assertThat(TitleDetector.isHeadline("word ".repeat(40))).isFalse();
        assertThat(TitleDetector.isHeadline("Talks stall as both sides harden positions over the disputed road.")).isTrue();
        assertThat(TitleDetector.isHeadline("Troops withdrew from two villages on Tuesday, the ministry said.")).isFalse();
        assertThat(TitleDetector.isHeadline("BAKU, Sept 19 (Wire) - Troops advance")).isFalse();
    }

    @Test
    void authorBiosAndTaglinesAreRecognised() {
        assertThat(AuthorBioDetector.isBio("\u201cCoffee addict. Weekend hiker. Amateur chess player. Writes about trains.\u201d")).isTrue();
        assertThat(AuthorBioDetector.isBio("Jane Roe is a freelance journalist based in the region who covers energy.")).isTrue();
        assertThat(AuthorBioDetector.isBio("About the author: a former diplomat who now teaches history.")).isTrue();
        assertThat(AuthorBioDetector.isBio("\u201cWe will not accept any new conditions,\u201d the minister said.")).isFalse();
        assertThat(AuthorBioDetector.isBio("\u201cWe will respond to every provocation with force and we will not wait.\u201d")).isFalse();
        assertThat(AuthorBioDetector.isBio("The parliament is expected to vote on the bill next week.")).isFalse();
    }

    @Test
    void normalizerEvensOutSpacesAndLineEndings() {
        assertThat(TextNormalizer.normalize("a\u00A0b\r\nc\u200Bd  e \t\nf\u00ADg")).isEqualTo("a b\ncd e\nfg");
    }
}
