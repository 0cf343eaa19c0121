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

/** Every kind of bad input yields one clear failure naming it, and the good inputs still go through. */
class BadInputTest {
    private static final String GOOD = "Officials met on Monday\n\nDelegations from both sides met in the capital "
            + "on Monday to discuss the opening of a road link, a spokesperson said after the talks.\n";

    private final Ingestor ingestor = new Ingestor(IngestOptions.defaults());

    @TempDir
    Path dir;

    private Path good() throws IOException {
        return Files.writeString(dir.resolve("good.txt"), GOOD);
    }

    private IngestOutcome.Failed onlyFailure(List<IngestOutcome> out, Path bad) {
        assertThat(articles(out)).as("the good input still goes through").hasSize(1);
        assertThat(failures(out)).hasSize(1);
        IngestOutcome.Failed f = failures(out).get(0);
        assertThat(f.input()).isEqualTo(bad.toString());
        assertThat(f.toString()).startsWith(bad + ": ");
        return f;
    }

    @Test
    void fileOverTheSizeLimitFails() throws IOException {
        Path big = Files.writeString(dir.resolve("big.txt"), "word ".repeat(400));
        Ingestor small = new Ingestor(IngestOptions.defaults().withMaxBytes(1000));
        IngestOutcome.Failed f = onlyFailure(small.ingestAll(List.of(big.toString(), good().toString())), big);
        assertThat(f.reason()).contains("too large").contains("limit");
    }

    @Test
    void defaultLimitIsTenMegabytes() {
        assertThat(IngestOptions.defaults().maxBytes()).isEqualTo(10L * 1024 * 1024);
    }

    @Test
    void binaryFileFails() throws IOException {
        byte[] bytes = new byte[600];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i * 7);
        Path bin = Files.write(dir.resolve("scan.txt"), bytes);
        IngestOutcome.Failed f = onlyFailure(ingestor.ingestAll(List.of(bin.toString(), good().toString())), bin);
        assertThat(f.reason()).contains("binary");
    }

    @Test
    void feedNestingThousandsOfElementsFailsClearly() throws IOException {
        int depth = 20_000; // ROME's JDOM output recursed once per level and overflowed the stack here
        Path deep = Files.writeString(dir.resolve("deep.xml"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                + "<title>W</title><item><title>T</title><description>" + "<x>".repeat(depth) + "Talks resumed."
                + "</x>".repeat(depth) + "</description></item></channel></rss>");
        IngestOutcome.Failed f = onlyFailure(ingestor.ingestAll(List.of(deep.toString(), good().toString())), deep);
        assertThat(f.reason()).contains("nests").contains("deep").doesNotContain("internal error");
    }

    @Test
    void emptyAndBlankFilesFail() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        IngestOutcome.Failed f = onlyFailure(ingestor.ingestAll(List.of(empty.toString(), good().toString())), empty);
        assertThat(f.reason()).contains("empty");
        Path blank = Files.writeString(dir.resolve("blank.html"), " \n\t\n ");
        List<IngestOutcome> out = ingestor.ingestAll(List.of(blank.toString()));
        assertThat(failures(out)).singleElement().satisfies(x -> assertThat(x.reason()).contains("empty"));
    }

    @Test
    void invalidUtf8IsDecodedWithReplacementAndAProblem() throws IOException {
        byte[] head = "Talks resume in the capital\n\nNegotiators met again on Tuesday in the capital, said a ".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF};
        byte[] tail = " spokesperson for the ministry.\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
        Path file = Files.write(dir.resolve("latin.txt"), all);
        List<IngestOutcome> out = ingestor.ingestAll(List.of(file.toString()));
        Article a = articles(out).get(0);
        assertThat(a.text()).contains("\uFFFD").contains("spokesperson for the ministry");
        assertThat(a.problems()).anyMatch(p -> p.contains("invalid UTF-8") && p.contains("replaced"));
    }

    @Test
    void missingAndInvalidPathsFail() throws IOException {
        Path missing = dir.resolve("nowhere/article.txt");
        IngestOutcome.Failed f = onlyFailure(ingestor.ingestAll(List.of(missing.toString(), good().toString())), missing);
        assertThat(f.reason()).contains("no such file");
        List<IngestOutcome> out = ingestor.ingestAll(List.of("bad\u0000name.txt"));
        assertThat(failures(out)).singleElement().satisfies(x -> {
            assertThat(x.input()).isEqualTo("bad\u0000name.txt");
            assertThat(x.reason()).contains("invalid path");
        });
    }

    @Test
    void feedThatFailsToParseFails() throws IOException {
        Path feed = Files.writeString(dir.resolve("broken.rss"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title><item><title>a</item></channel>");
        IngestOutcome.Failed f = onlyFailure(ingestor.ingestAll(List.of(feed.toString(), good().toString())), feed);
        assertThat(f.reason()).contains("feed could not be parsed");
    }

    @Test
    void feedWithDoctypeIsRefusedNotExpanded() throws IOException {
        Path feed = Files.writeString(dir.resolve("entity.xml"), "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>t</title><item><title>a</title><description>&x;</description></item></channel></rss>");
        List<IngestOutcome> out = ingestor.ingestAll(List.of(feed.toString()));
        assertThat(failures(out)).singleElement().satisfies(x -> assertThat(x.reason()).contains("feed could not be parsed"));
    }

    @Test
    void htmlWithoutTextFails() throws IOException {
        Path page = Files.writeString(dir.resolve("empty.html"), "<html><head><title>t</title><script>var a=1;</script></head><body><nav><a href='/'>Home</a></nav></body></html>");
        IngestOutcome.Failed f = onlyFailure(ingestor.ingestAll(List.of(page.toString(), good().toString())), page);
        assertThat(f.reason()).containsAnyOf("no readable text", "no article text");
    }

    @Test
    void aFolderWithBadFilesStillYieldsItsGoodOnes() throws IOException {
        good();
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/empty.txt"), "");
        Files.write(dir.resolve("sub/data.html"), new byte[]{0, 1, 2, 3, 0, 0});
        Files.writeString(dir.resolve("sub/image.png"), "not read: unknown extension");
        List<IngestOutcome> out = ingestor.ingestAll(List.of(dir.toString()));
        assertThat(articles(out)).hasSize(1);
        assertThat(failures(out)).extracting(IngestOutcome.Failed::input)
                .containsExactlyInAnyOrder(dir.resolve("sub/empty.txt").toString(), dir.resolve("sub/data.html").toString());
    }

    @Test
    void progressIsReportedPerSource() throws IOException {
        good();
        Files.writeString(dir.resolve("b.txt"), "");
        List<String> events = new java.util.ArrayList<>();
        ingestor.ingest(List.of(dir.toString()), new org.faultline.ingest.dedup.DuplicateIndex(), new IngestListener() {
            @Override
            public void planned(int total) {
                events.add("planned " + total);
            }

            @Override
            public void outcome(IngestOutcome outcome) {
                events.add(outcome instanceof IngestOutcome.Read ? "read" : "failed");
            }

            @Override
            public void sourceDone(String source, int done, int total) {
                events.add("done " + done + "/" + total);
            }
        });
        assertThat(events).containsExactly("planned 2", "failed", "done 1/2", "read", "done 2/2");
    }

    @Test
    void utf16WithByteOrderMarkIsReadAsText() throws IOException {
        byte[] body = "Road reopened\n\nThe mountain road reopened to traffic on Sunday after repairs.".getBytes(StandardCharsets.UTF_16LE);
        byte[] all = new byte[body.length + 2];
        all[0] = (byte) 0xFF;
        all[1] = (byte) 0xFE;
        System.arraycopy(body, 0, all, 2, body.length);
        Path file = Files.write(dir.resolve("wide.txt"), all);
        Article a = articles(ingestor.ingestAll(List.of(file.toString()))).get(0);
        assertThat(a.title()).isEqualTo("Road reopened");
        assertThat(a.problems()).noneMatch(p -> p.contains("invalid"));
    }

    @Test
    void aPageDeclaringALegacyCharsetIsDecodedWithIt() throws IOException {
        String html = "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9 talks</title></head><body><article>"
                + "<p>Envoys met in a caf\u00e9 near the border on Tuesday and agreed to continue the talks next week, "
                + "according to officials from both delegations.</p></article></body></html>";
        Path file = Files.write(dir.resolve("legacy.html"), html.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Article a = articles(ingestor.ingestAll(List.of(file.toString()))).get(0);
        assertThat(a.text()).contains("caf\u00e9 near the border");
        assertThat(a.problems()).noneMatch(p -> p.contains("invalid"));
    }

    @Test
    void pathsThatAreNotReadableFilesFail() throws IOException {
        Path folderNamedLikeAFile = Files.createDirectories(dir.resolve("folder.txt/inner"));
        Path dangling = Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("deleted.txt"));
        List<IngestOutcome> out = ingestor.ingestAll(List.of(dangling.toString(), good().toString()));
        assertThat(failures(out)).singleElement().satisfies(f -> {
            assertThat(f.input()).isEqualTo(dangling.toString());
            assertThat(f.reason()).contains("no such file");
        });
        assertThat(ingestor.read(folderNamedLikeAFile.toString(), java.time.LocalDate.now()))
                .singleElement().satisfies(o -> assertThat(((IngestOutcome.Failed) o).reason()).contains("not a regular file"));
    }
}
