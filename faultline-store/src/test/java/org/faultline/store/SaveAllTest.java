package org.faultline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.faultline.ingest.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Store#saveAll}: many articles in one transaction, as {@link Store#save} would store each. */
class SaveAllTest {
    @TempDir Path dir;

    @Test
    void storesEveryBundleOnceAndCountsTheNewOnes() {
        try (Store store = Store.open(dir.resolve("all.db"))) {
            Article a = Fixtures.article("sa-1", "One", "Troops shelled the ridge. Officials denied it.");
            Article b = Fixtures.article("sa-2", "Two", "Envoys met in the capital. Talks went on.");
            List<SaveOutcome> n = store.saveAll(List.of(new ArticleBundle(a, Fixtures.doc(a), List.of(), List.of()),
                    new ArticleBundle(b, Fixtures.doc(b), List.of(), null)));
            assertThat(n).containsExactly(SaveOutcome.INSERTED, SaveOutcome.INSERTED);
            assertThat(store.ids()).containsExactlyInAnyOrder("sa-1", "sa-2");
            assertThat(store.loadDoc("sa-2")).isPresent();
            assertThat(store.saveAll(List.of(new ArticleBundle(a, null, List.of(), List.of())))).as("a replacement is not new")
                    .containsExactly(SaveOutcome.REPLACED);
        }
    }

    @Test
    void aBadBundleStoresNothing() {
        try (Store store = Store.open(dir.resolve("bad.db"))) {
            Article a = Fixtures.article("sb-1", "One", "Troops shelled the ridge.");
            Article b = Fixtures.article("sb-2", "Two", "Envoys met.");
            assertThatThrownBy(() -> store.saveAll(List.of(new ArticleBundle(a, Fixtures.doc(a), List.of(), List.of()),
                    new ArticleBundle(b, Fixtures.doc(a), List.of(), List.of()))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sb-1").hasMessageContaining("sb-2");
            assertThat(store.ids()).isEmpty();
        }
    }
}
