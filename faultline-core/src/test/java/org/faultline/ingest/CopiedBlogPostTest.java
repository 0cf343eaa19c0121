package org.faultline.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A blog post copied into a text file with all its widgets, written for this test. */
class CopiedBlogPostTest {
    @TempDir
    Path dir;

    @Test
    void widgetsTeasersAndTailAreCutAndTheStoryKept() {
        Path file = Fixtures.copy("copied-blog-post.txt", dir, "post.txt");
        Article a = FormatsTest.articles(new Ingestor(IngestOptions.defaults()).ingestAll(List.of(file.toString()))).get(0);
        assertThat(a.title()).isEqualTo("Farmers near the frontier return to their fields");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 5, 14));
        assertThat(a.publishedInferred()).isFalse();
        List<String> paragraphs = List.of(a.text().split("\n\n"));
        assertThat(paragraphs).hasSize(4);
        assertThat(paragraphs.get(0)).startsWith("Farmers in several villages");
        assertThat(paragraphs.get(3)).endsWith("before the end of June.");
        assertThat(a.text()).doesNotContain("Politics", "Share this", "Facebook", "Like this", "Loading", "Advertisement",
                "Read more", "Engineers begin clearing", "Telegram", "Tags", "You may also like", "Bridge reopening",
                "Comments", "Good news at last", "Desk Editor");
        assertThat(a.removed()).extracting(RemovedSpan::reason).contains("category-label", "dateline", "share-widget",
                "advertisement", "related-posts", "newsletter", "comment-form");
    }
}
