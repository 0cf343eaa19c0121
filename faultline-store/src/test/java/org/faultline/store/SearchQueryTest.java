package org.faultline.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The translation of the store's query language for PostgreSQL (no server needed). */
class SearchQueryTest {
    @Test
    void plainWordsPhrasesAndOrGoToWebsearch() {
        SearchQuery q = SearchQuery.parse("\"ceasefire line\" OR truce shelling");
        assertThat(q.websearch()).isEqualTo("\"ceasefire line\" OR truce shelling");
        assertThat(q.terms()).isEmpty();
        assertThat(q.params()).containsExactly("\"ceasefire line\" OR truce shelling");
    }

    @Test
    void notPrefixAndColumnsBecomeTheirOwnTerms() {
        SearchQuery q = SearchQuery.parse("(border AND title:talks) NOT \"mortar fire\" NOT drone* farm*");
        assertThat(q.websearch()).isEqualTo("border -\"mortar fire\"");
        assertThat(q.terms()).containsExactly("talks:A", "!drone:*", "farm:*");
        assertThat(q.tsquerySql()).contains("websearch_to_tsquery('english', faultline_fold(?))")
                .contains(" && to_tsquery('english', faultline_fold(?))");
        assertThat(q.params()).hasSize(4);
    }

    @Test
    void unbalancedQuotesAndPunctuationStaySafe() {
        SearchQuery q = SearchQuery.parse("\"ceasefire line");
        assertThat(q.websearch()).isEqualTo("\"ceasefire line\"");
        assertThat(SearchQuery.parse("\"(*").hasWords()).isFalse();
        // a prefix term keeps only its first run of letters: nothing to_tsquery could misread
        assertThat(SearchQuery.parse("(north-v*").terms()).containsExactly("north:*");
    }
}
