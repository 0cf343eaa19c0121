package org.faultline.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each input format read end to end from the fixtures. */
class FormatsTest {
    private final Ingestor ingestor = new Ingestor(IngestOptions.defaults());

    @TempDir
    Path dir;

    @Test
    void htmlPageYieldsMetadataAndMainTextWithoutFurniture() {
        Path page = Fixtures.copy("page-with-furniture.html", dir, "page.html");
        List<IngestOutcome> out = ingestor.ingestAll(List.of(page.toString()));
        assertThat(out).singleElement().isInstanceOf(IngestOutcome.Read.class);
        Article a = ((IngestOutcome.Read) out.get(0)).article();
        assertThat(a.format()).isEqualTo("html");
        assertThat(a.title()).isEqualTo("Border commission meets again after long pause");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 4, 19));
        assertThat(a.publishedInferred()).isFalse();
        assertThat(a.url()).isEqualTo("https://ledger.example/news/border-commission-meets");
        assertThat(a.text()).startsWith("Delegations of two neighbouring states")
                .contains("maps from several periods were being compared")
                .endsWith("should be discussed.");
        assertThat(a.text().split("\n\n")).hasSize(5);
        assertThat(a.text()).doesNotContain("Related posts", "Leave a Reply", "Most read", "Privacy policy",
                "Share on Facebook", "Tags:", "Politics", "Good to see them talking", "Caucasus Ledger");
        assertThat(a.removed()).extracting(RemovedSpan::reason)
                .contains("navigation", "related-posts", "comment-form", "share-widget");
        assertThat(a.raw()).contains("<article");
    }

    @Test
    void rssItemsBecomeArticlesAndAnEmptyItemFailsAlone() {
        Path feed = Fixtures.copy("regional-wire.rss", dir, "wire.rss");
        List<IngestOutcome> out = ingestor.ingestAll(List.of(feed.toString()));
        List<Article> read = articles(out);
        assertThat(read).extracting(Article::title)
                .containsExactly("Prisoner exchange completed at border crossing", "Talks on transit routes to resume next week");
        assertThat(read).extracting(Article::published)
                .containsExactly(LocalDate.of(2023, 12, 13), LocalDate.of(2024, 1, 5));
        assertThat(read).allMatch(a -> a.format().equals("feed") && a.source().startsWith(feed + "#https://wire.example/"));
        assertThat(read.get(0).text()).isEqualTo("Two governments completed an exchange of detained servicemen at a "
                + "border crossing on Wednesday, officials said.\n\nBoth sides described the exchange as a goodwill "
                + "gesture ahead of further talks.");
        assertThat(failures(out)).singleElement().satisfies(f -> {
            assertThat(f.input()).endsWith("#https://wire.example/2024/01/empty");
            assertThat(f.reason()).contains("no text");
        });
    }

    @Test
    void atomEntriesAreRead() {
        Path feed = Fixtures.copy("monitor-notes.atom", dir, "notes.atom");
        List<Article> read = articles(ingestor.ingestAll(List.of(feed.toString())));
        assertThat(read).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Observers report calm along the line of contact");
            assertThat(a.published()).isEqualTo(LocalDate.of(2024, 2, 20));
            assertThat(a.url()).isEqualTo("https://monitor.example/notes/1");
            assertThat(a.text()).startsWith("International observers said no incidents");
        });
    }

    @Test
    void feedsAreRecognisedByContentWhateverTheirName() {
        Path xml = Fixtures.copy("regional-wire.rss", dir, "export.xml");
        Path noExt = Fixtures.copy("monitor-notes.atom", dir, "notes");
        List<IngestOutcome> out = ingestor.ingestAll(List.of(xml.toString(), noExt.toString()));
        assertThat(articles(out)).hasSize(3).allMatch(a -> a.format().equals("feed"));
    }

    @Test
    void jsonlGoodLinesGoThroughAndBadOnesNameLineAndField() {
        Path file = Fixtures.copy("mixed.jsonl", dir, "batch.jsonl");
        List<IngestOutcome> out = ingestor.ingestAll(List.of(file.toString()));
        List<Article> read = articles(out);
        assertThat(read).extracting(Article::source)
                .containsExactly(file + "#a1", file + "#a2", file + "#a7");
        Article a1 = read.get(0);
        assertThat(a1.title()).isEqualTo("Parliament debates new border law");
        assertThat(a1.published()).isEqualTo(LocalDate.of(2024, 3, 2));
        assertThat(a1.url()).isEqualTo("https://desk.example/a1");
        assertThat(a1.format()).isEqualTo("jsonl");
        assertThat(read.get(1).text()).isEqualTo("A convoy carrying food and medicine reached three mountain villages "
                + "on Monday.\n\nThe local authorities thanked the volunteers.");
        assertThat(read.get(1).published()).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(read.get(2).published()).isEqualTo(LocalDate.of(2024, 3, 9));
        assertThat(read.get(2).publishedInferred()).isTrue();
        assertThat(failures(out)).extracting(IngestOutcome.Failed::input)
                .containsExactly(file + ":3", file + ":4", file + ":5", file + ":6");
        assertThat(failures(out)).extracting(IngestOutcome.Failed::reason).satisfiesExactly(
                r -> assertThat(r).contains("`text`"),
                r -> assertThat(r).contains("`published`").contains("next Tuesday-ish"),
                r -> assertThat(r).contains("malformed JSON"),
                r -> assertThat(r).contains("`text`").contains("must be a string"));
    }

    @Test
    void foldersAreWalkedRecursively() {
        Fixtures.copy("page-with-furniture.html", dir, "a/page.html");
        Fixtures.copy("monitor-notes.atom", dir, "a/b/notes.atom");
        Fixtures.copy("mixed.jsonl", dir, "c/batch.jsonl");
        List<String> plan = ingestor.plan(List.of(dir.toString()));
        assertThat(plan).hasSize(3);
        assertThat(articles(ingestor.ingestAll(List.of(dir.toString())))).hasSize(1 + 1 + 3);
    }

    @Test
    void publishedOverrideWinsOverMetadata() {
        Path page = Fixtures.copy("page-with-furniture.html", dir, "page.html");
        Ingestor forced = new Ingestor(IngestOptions.defaults().withPublishedOverride(LocalDate.of(2024, 5, 1)));
        Article a = articles(forced.ingestAll(List.of(page.toString()))).get(0);
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(a.publishedInferred()).isFalse();
    }

    @Test
    void feedFootersAreCut() throws java.io.IOException {
        Path feed = java.nio.file.Files.writeString(dir.resolve("blog.rss"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                + "<title>Blog</title><item><title>Bridge repaired</title><link>https://blog.example/bridge</link>"
                + "<description><![CDATA[<p>Workers finished repairing the old bridge over the river on Saturday, the mayor said.</p>"
                + "<p>The post <a href='https://blog.example/bridge'>Bridge repaired</a> appeared first on <a href='https://blog.example'>Blog</a>.</p>]]>"
                + "</description></item></channel></rss>");
        Article a = articles(ingestor.ingestAll(List.of(feed.toString()))).get(0);
        assertThat(a.text()).isEqualTo("Workers finished repairing the old bridge over the river on Saturday, the mayor said.");
        assertThat(a.removed()).anyMatch(s -> s.reason().equals("feed-footer"));
    }

    static List<Article> articles(List<IngestOutcome> out) {
        return out.stream().filter(o -> o instanceof IngestOutcome.Read).map(o -> ((IngestOutcome.Read) o).article()).toList();
    }

    static List<IngestOutcome.Failed> failures(List<IngestOutcome> out) {
        return out.stream().filter(o -> o instanceof IngestOutcome.Failed).map(o -> (IngestOutcome.Failed) o).toList();
    }
}
