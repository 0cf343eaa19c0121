package org.faultline.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.faultline.ingest.FormatsTest.articles;
import static org.faultline.ingest.FormatsTest.failures;

/** Files that used to be judged whole or skipped silently: NUL bytes in JSON Lines, symbolic links. */
class HostileFilesTest {
    private static final String BODY = "Delegations from both sides met in the capital on Monday to discuss a road link, "
            + "a spokesperson said after the talks.";

    private final Ingestor ingestor = new Ingestor(IngestOptions.defaults());

    @TempDir
    Path dir;

    @Test
    void aNulByteInJsonLinesFailsItsLineOnlyAndTheGoodLinesAreKept() throws IOException {
        String good1 = "{\"id\":\"a\",\"title\":\"Talks resume\",\"text\":\"" + BODY + "\"}\n";
        String bad = "{\"id\":\"b\",\"text\":\"broken\u0000line\"}\n";
        String good2 = "{\"id\":\"c\",\"title\":\"Road link\",\"text\":\"" + BODY.replace("Monday", "Tuesday") + "\"}\n";
        Path file = Files.write(dir.resolve("wire.jsonl"), (good1 + bad + good2).getBytes(StandardCharsets.UTF_8));
        List<IngestOutcome> out = ingestor.ingestAll(List.of(file.toString()));
        assertThat(articles(out)).extracting(Article::title).containsExactly("Talks resume", "Road link");
        assertThat(failures(out)).singleElement().satisfies(f -> assertThat(f.input()).isEqualTo(file + ":2"));
    }

    @Test
    void aNulByteInPlainTextStillMakesItBinary() throws IOException {
        Path file = Files.write(dir.resolve("odd.txt"), ("Title\n\n" + BODY + "\u0000").getBytes(StandardCharsets.UTF_8));
        assertThat(failures(ingestor.ingestAll(List.of(file.toString())))).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("binary"));
    }

    @Test
    void symbolicLinksAreFollowedAndALoopIsReported() throws IOException {
        Path root = Files.createDirectories(dir.resolve("root"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("linked.txt"), "Linked note\n\n" + BODY);
        Files.writeString(root.resolve("plain.txt"), "Plain note\n\n" + BODY.replace("capital", "border town"));
        Files.createSymbolicLink(root.resolve("via-link.txt"), elsewhere.resolve("linked.txt"));
        Files.createSymbolicLink(root.resolve("loop"), root);
        List<IngestOutcome> out = ingestor.ingestAll(List.of(root.toString()));
        assertThat(articles(out)).extracting(Article::title).containsExactlyInAnyOrder("Plain note", "Linked note");
        assertThat(failures(out)).singleElement().satisfies(f -> {
            assertThat(f.input()).isEqualTo(root.resolve("loop").toString());
            assertThat(f.reason()).contains("symbolic link loop");
        });
    }
}
