package org.faultline.ingest;

import org.faultline.ingest.dedup.DuplicateIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The front door: duplicate linking across inputs, idempotent ids, argument checks. */
class IngestorTest {
    private static final String STORY = "Road link talks resume\n\nNegotiators from the two neighbouring states resumed "
            + "talks on Wednesday about reopening a road link closed for three years, officials said. The sides agreed "
            + "to set up a working group on customs and border controls, and to meet again before the end of the month.";

    private final Ingestor ingestor = new Ingestor(IngestOptions.defaults());

    @TempDir
    Path dir;

    @Test
    void duplicatesAcrossInputsAreLinkedNeverDropped() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), STORY);
        Path b = Files.writeString(dir.resolve("b.html"), "<html><head><title>Road link talks resume</title></head><body><article><p>"
                + STORY.substring(STORY.indexOf("Negotiators")) + "</p></article></body></html>");
        Path c = Files.writeString(dir.resolve("c.txt"), STORY.replace("on Wednesday", "on Wednesday morning"));
        List<Article> read = FormatsTest.articles(ingestor.ingestAll(List.of(a.toString(), b.toString(), c.toString())));
        assertThat(read).hasSize(3);
        assertThat(read.get(0).duplicateOf()).isNull();
        assertThat(read.get(1).duplicateOf()).isEqualTo(read.get(0).id());
        assertThat(read.get(1).contentHash()).isEqualTo(read.get(0).contentHash());
        assertThat(read.get(2).duplicateOf()).isEqualTo(read.get(0).id());
        assertThat(read).extracting(Article::id).doesNotHaveDuplicates();
    }

    @Test
    void reingestingTheSameInputGivesTheSameIdsAndLinksToStoredArticles() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), STORY);
        Article first = FormatsTest.articles(ingestor.ingestAll(List.of(a.toString()))).get(0);
        DuplicateIndex stored = new DuplicateIndex();
        stored.add(first.id(), first.text());
        List<IngestOutcome> again = new ArrayList<>();
        ingestor.ingest(List.of(a.toString()), stored, new IngestListener() {
            @Override
            public void outcome(IngestOutcome outcome) {
                again.add(outcome);
            }
        });
        Article second = ((IngestOutcome.Read) again.get(0)).article();
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.duplicateOf()).as("the same article is not its own duplicate").isNull();
        assertThat(second.text()).isEqualTo(first.text());
    }

    @Test
    void badArgumentsAreRejectedWithTheirValue() {
        assertThatThrownBy(() -> IngestOptions.defaults().withMaxBytes(0)).hasMessageContaining("maxBytes").hasMessageContaining("0");
        assertThatThrownBy(() -> ingestor.plan(List.of(" "))).hasMessageContaining("blank input");
        assertThatThrownBy(() -> new DuplicateIndex(1.5)).hasMessageContaining("1.5");
    }
}
