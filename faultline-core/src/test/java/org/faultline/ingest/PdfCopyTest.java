package org.faultline.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A hard-wrapped copy of a PDF statement with running heads, a page number and line-end hyphens. */
class PdfCopyTest {
    @TempDir
    Path dir;

    @Test
    void pdfCopyIsReflowedAndItsFurnitureCut() {
        Path file = Fixtures.copy("statement-pdf-copy.txt", dir, "statement.txt");
        Article a = FormatsTest.articles(new Ingestor(IngestOptions.defaults()).ingestAll(List.of(file.toString()))).get(0);
        assertThat(a.title()).isEqualTo("Statement of the Regional Council on the Water Agreement");
        assertThat(a.text()).doesNotContain("Official Bulletin").doesNotContain("\n2\n");
        assertThat(a.text()).contains("independent experts", "lack of transparency", "any large-scale release",
                "the well-known monitoring programme", "to review the implementation");
        assertThat(a.text()).doesNotContain("inde-", "trans-", "the the");
        List<String> paragraphs = List.of(a.text().split("\n\n"));
        assertThat(paragraphs).allMatch(p -> p.endsWith("."));
        assertThat(paragraphs).anyMatch(p -> p.startsWith("The Council notes") && p.endsWith("since 2019."));
        assertThat(a.removed()).extracting(RemovedSpan::reason).contains("repeated-line", "page-number", "doubled-word");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(a.publishedInferred()).isTrue();
    }
}
