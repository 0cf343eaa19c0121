package org.faultline.ingest.dedup;

import org.faultline.ingest.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateIndexTest {
    private static final String STORY = "Negotiators from the two countries met on Thursday in a neutral capital to "
            + "discuss the opening of transport links, the exchange of detainees and the demarcation of the border. "
            + "Both delegations described the atmosphere as constructive and agreed to meet again within a month. "
            + "Observers noted that the meeting was the first at this level since the spring, when talks were suspended "
            + "after a series of incidents along the frontier that left several soldiers wounded.";

    private static Article article(String source, String text) {
        String hash = ContentHash.of(text);
        return new Article(ContentHash.articleId(source, hash), source, null, null, null, false, "text", text, text,
                List.of(), hash, null, List.of());
    }

    @Test
    void exactCopiesAreLinkedToTheFirstEvenWithDifferentPunctuationAndCase() {
        DuplicateIndex index = new DuplicateIndex();
        Article first = index.link(article("a.txt", STORY));
        Article copy = index.link(article("b.txt", STORY.toUpperCase().replace(",", " ,")));
        assertThat(first.duplicateOf()).isNull();
        assertThat(copy.duplicateOf()).isEqualTo(first.id());
        assertThat(copy.contentHash()).isEqualTo(first.contentHash());
    }

    @Test
    void nearCopiesAreLinkedAndDifferentStoriesAreNot() {
        DuplicateIndex index = new DuplicateIndex();
        Article first = index.link(article("a.txt", STORY));
        String edited = STORY.replace("on Thursday", "on Thursday morning") + " A further round is expected soon.";
        Article near = index.link(article("b.txt", edited));
        assertThat(near.duplicateOf()).isEqualTo(first.id());
        assertThat(index.find(edited, near.id())).hasValueSatisfying(m -> {
            assertThat(m.exact()).isFalse();
            assertThat(m.similarity()).isBetween(DuplicateIndex.DEFAULT_THRESHOLD, 1.0);
        });
        Article other = index.link(article("c.txt", "Heavy snow closed the mountain pass for two days, and "
                + "road crews worked through the night to clear it before the holiday traffic began on Friday."));
        assertThat(other.duplicateOf()).isNull();
    }

    @Test
    void aSeededIndexLinksNewArticlesToStoredOnesAndIgnoresReingest() {
        DuplicateIndex index = new DuplicateIndex();
        index.add("stored000000001", STORY);
        Article again = index.link(article("new.txt", STORY));
        assertThat(again.duplicateOf()).isEqualTo("stored000000001");
        Article same = article("new.txt", STORY);
        assertThat(same.id()).isEqualTo(again.id());
        assertThat(index.link(same).duplicateOf()).isNull(); // already known by id: unchanged, not a self-link
        assertThat(index.size()).isEqualTo(2);
    }

    @Test
    void signaturesAreDeterministic() {
        MinHasher a = new MinHasher(5, 64);
        MinHasher b = new MinHasher(5, 64);
        assertThat(a.signature(STORY)).isEqualTo(b.signature(STORY));
        assertThat(MinHasher.similarity(a.signature(STORY), b.signature(STORY))).isEqualTo(1.0);
    }
}
