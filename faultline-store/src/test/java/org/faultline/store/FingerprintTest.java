package org.faultline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.faultline.ingest.Article;
import org.faultline.ingest.dedup.ContentHash;
import org.faultline.ingest.dedup.DuplicateIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stored fingerprints seed duplicate detection exactly as the texts would, and old rows get theirs once. */
class FingerprintTest {
    @TempDir Path dir;

    private static final String REPORT = "Negotiators from the two capitals met on Tuesday at the border crossing and agreed to "
            + "reopen the road for trucks carrying food, officials on both sides said after the talks ended late in the evening.";

    /** A fixture article whose content hash is the ingest's own (the fixtures' is a placeholder). */
    private static Article article(String id, String title, String text) {
        Article f = Fixtures.article(id, title, text);
        return new Article(f.id(), f.source(), f.url(), f.title(), f.published(), f.publishedInferred(), f.format(), f.raw(),
                f.text(), f.removed(), ContentHash.of(text), null, f.problems());
    }

    @Test
    void anIndexSeededFromFingerprintsFindsWhatOneSeededFromTextsFinds() {
        try (Store store = Store.open(dir.resolve("f.db"))) {
            Article a = article("fp-1", "Road reopens", REPORT);
            Article b = article("fp-2", "Other", "Rain fell on the valley for the third day and farmers waited for the harvest.");
            store.save(a, null, List.of());
            store.save(b, null, List.of());
            List<StoredFingerprint> seen = new ArrayList<>();
            store.forEachOriginalFingerprint(seen::add);
            assertThat(seen).extracting(StoredFingerprint::id).containsExactly("fp-1", "fp-2");
            assertThat(seen.get(0).fingerprint()).isEqualTo(DuplicateIndex.fingerprint(REPORT));

            DuplicateIndex fromBytes = new DuplicateIndex();
            seen.forEach(f -> fromBytes.add(f.id(), f.contentHash(), f.fingerprint()));
            DuplicateIndex fromTexts = new DuplicateIndex();
            store.forEachOriginalText(fromTexts::add);
            String reprint = REPORT.replace("late in the evening", "late on Tuesday evening");
            assertThat(fromBytes.find(reprint, null)).isPresent().get().extracting(m -> m.id()).isEqualTo("fp-1");
            assertThat(fromBytes.find(reprint, null)).isEqualTo(fromTexts.find(reprint, null));
            assertThat(fromBytes.find(REPORT, null).orElseThrow().exact()).as("same text: exact by content hash").isTrue();
        }
    }

    @Test
    void rowsStoredWithoutAFingerprintGetOneComputedAndSaved() throws Exception {
        Path db = dir.resolve("old.db");
        try (Store store = Store.open(db)) {
            store.save(Fixtures.article("old-1", "Road reopens", REPORT), null, List.of());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) { // as a store from before schema V12 left it
            c.createStatement().executeUpdate("UPDATE articles SET fingerprint = NULL");
        }
        try (Store store = Store.open(db)) {
            List<StoredFingerprint> seen = new ArrayList<>();
            store.forEachOriginalFingerprint(seen::add);
            assertThat(seen).singleElement().satisfies(f -> assertThat(f.fingerprint()).isEqualTo(DuplicateIndex.fingerprint(REPORT)));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             var rs = c.createStatement().executeQuery("SELECT count(*) FROM articles WHERE fingerprint IS NULL")) {
            rs.next();
            assertThat(rs.getInt(1)).as("computed once, then kept").isZero();
        }
    }
}
