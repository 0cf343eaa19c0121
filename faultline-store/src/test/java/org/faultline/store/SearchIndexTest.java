package org.faultline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.faultline.ingest.Article;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SearchIndexTest extends BackendTest {
    private Store store;

    @BeforeEach
    void fill() {
        store = open("s.db");
        save("passing", "Farmers report a dry season",
                "Farmers in the valley said the river was low. A ceasefire was mentioned once by a visitor.");
        save("central", "Ceasefire holds along the ceasefire line",
                "The ceasefire agreed last week held overnight. Monitors said the ceasefire line was quiet "
                        + "and both commanders confirmed the ceasefire in separate statements.");
        save("other", "Trade fair opens", "Exhibitors from twelve countries showed farm machinery and solar panels.");
        save("shelling", "Villages shelled", "Artillery shelled two villages before dawn, residents said.");
        save("hyphen", "Talks in North-Vale", "Envoys met in North-Vale while vale farmers in the north waited.");
    }

    @AfterEach
    void close() {
        if (store != null) store.close(); // null when the backend was skipped
    }

    private void save(String id, String title, String text) {
        Article a = Fixtures.article(id, title, text);
        store.save(a, null, List.of());
    }

    @Test
    void moreRelevantArticleRanksFirst() {
        List<SearchHit> hits = store.search("ceasefire", 10);
        assertThat(hits).extracting(SearchHit::articleId).containsExactly("central", "passing");
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
        assertThat(hits.get(0).title()).isEqualTo("Ceasefire holds along the ceasefire line");
    }

    @Test
    void snippetMarksMatchedTerms() {
        SearchHit hit = store.search("river", 10).get(0);
        assertThat(hit.articleId()).isEqualTo("passing");
        assertThat(hit.snippet()).contains("[river]");
        SearchHit custom = store.search("machinery", 1, "<b>", "</b>").get(0);
        assertThat(custom.snippet()).contains("<b>machinery</b>");
    }

    @Test
    void stemmingFindsOtherFormsOfAWord() {
        assertThat(store.search("shelling", 5)).extracting(SearchHit::articleId).containsExactly("shelling");
    }

    @Test
    void ftsSyntaxStillWorks() {
        assertThat(store.search("\"ceasefire line\"", 5)).extracting(SearchHit::articleId).containsExactly("central");
        assertThat(store.search("ceasefire NOT river", 5)).extracting(SearchHit::articleId).containsExactly("central");
        assertThat(store.search("farm*", 5)).extracting(SearchHit::articleId).contains("passing", "other");
    }

    @Test
    void brokenFtsSyntaxFallsBackToTheWords() {
        assertThat(store.search("\"ceasefire line", 5)).extracting(SearchHit::articleId).containsExactly("central");
        assertThat(store.search("river: low", 5)).extracting(SearchHit::articleId).containsExactly("passing");
        assertThat(store.search("solar AND (panels", 5)).extracting(SearchHit::articleId).containsExactly("other");
    }

    @Test
    void hyphenatedNameIsSearchedAsAPhrase() {
        // "North-Vale" is not FTS5 syntax; the fallback keeps it one phrase
        List<SearchHit> hits = store.search("North-Vale", 5);
        assertThat(hits).extracting(SearchHit::articleId).containsExactly("hyphen");
        assertThat(hits.get(0).snippet()).contains("[North-Vale]");
        // FTS5 marks the phrase only; ts_headline marks every word of it, wherever it stands
        if (sqlite()) assertThat(hits.get(0).snippet()).doesNotContain("[vale]");
        assertThat(SearchIndex.quoteTerms("North-Vale \"ceasefire (*")).isEqualTo("\"North-Vale\" \"ceasefire\"");
    }

    @Test
    void unsearchableQueriesGiveClearMessages() {
        assertThatThrownBy(() -> store.search("   ", 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank");
        assertThatThrownBy(() -> store.search("\"(*", 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"(*").hasMessageContaining("no words");
        assertThatThrownBy(() -> store.search("river", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0");
    }

    @Test
    void replacingAnArticleReindexesIt() {
        save("other", "Trade fair closes", "Visitors bought tractors on the last day.");
        assertThat(store.search("machinery", 5)).isEmpty();
        assertThat(store.search("tractors", 5)).extracting(SearchHit::articleId).containsExactly("other");
    }

    @Test
    void titleOnlyMatchStillGetsAMarkedSnippet() {
        SearchHit hit = store.search("fair", 5).get(0);
        assertThat(hit.articleId()).isEqualTo("other");
        assertThat(hit.snippet()).contains("[fair]");
    }

    @Test
    void diacriticsFoldAndColumnAndNegatedPrefixTermsWork() {
        save("accent", "Envoys reach Türkiye", "The delegation landed in the capital before noon.");
        assertThat(store.search("Turkiye", 5)).extracting(SearchHit::articleId).containsExactly("accent");
        assertThat(store.search("title:ceasefire", 5)).extracting(SearchHit::articleId).containsExactly("central");
        assertThat(store.search("farm* NOT machinery", 5)).extracting(SearchHit::articleId)
                .containsExactlyInAnyOrder("passing", "hyphen");
    }
}
