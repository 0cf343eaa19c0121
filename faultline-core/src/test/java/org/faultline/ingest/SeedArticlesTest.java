package org.faultline.ingest;

import org.faultline.ingest.dedup.ContentHash;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ingests the five real seed articles and checks titles, boilerplate removal, reflow and that the body
 * survives. Expected values are computed from the files themselves, never copied from them.
 */
class SeedArticlesTest {
    private static Map<String, Article> articles;
    private static Map<String, List<String>> rawLines;

    @BeforeAll
    static void ingestSeeds() throws IOException {
        Ingestor ingestor = new Ingestor(IngestOptions.defaults());
        List<IngestOutcome> outcomes = ingestor.ingestAll(List.of(SharedFiles.seeds().toString()));
        assertThat(outcomes).hasSize(5).allMatch(o -> o instanceof IngestOutcome.Read);
        articles = outcomes.stream().map(o -> ((IngestOutcome.Read) o).article())
                .collect(Collectors.toMap(a -> Path.of(a.source()).getFileName().toString().substring(0, 3), a -> a));
        rawLines = new java.util.HashMap<>();
        try (Stream<Path> files = Files.list(SharedFiles.seeds())) {
            for (Path p : files.toList()) {
                rawLines.put(p.getFileName().toString().substring(0, 3), Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void headlineFirstLinesBecomeTitlesAndLeaveTheText() {
        for (String key : List.of("000", "001", "003", "004")) {
            String firstLine = rawLines.get(key).get(0).strip();
            Article a = articles.get(key);
            assertThat(a.title()).as(key).isEqualTo(firstLine);
            assertThat(a.text()).as(key).doesNotStartWith(firstLine);
        }
        // 002 opens with a two-sentence paragraph: that is body text, not a headline.
        assertThat(articles.get("002").title()).isNull();
        assertThat(articles.get("002").text()).startsWith(rawLines.get("002").get(0).strip());
    }

    @Test
    void trailingAuthorBioOf002IsRemoved() {
        String lastLine = lastNonBlank(rawLines.get("002"));
        Article a = articles.get("002");
        assertThat(a.text()).doesNotContain(lastLine);
        assertThat(a.removed()).anyMatch(s -> s.reason().equals("author-bio") && s.text().equals(lastLine));
        assertThat(a.text()).endsWith(".");
    }

    @Test
    void relatedPostsCommentFormAndBadgesOf003AreRemoved() {
        Article a = articles.get("003");
        assertThat(a.text()).doesNotContainIgnoringCase("mins read").doesNotContain("Related posts")
                .doesNotContain("Leave a Reply").doesNotContain("Your email address").doesNotContain("Required fields");
        assertThat(a.removed()).extracting(RemovedSpan::reason)
                .contains("read-time", "related-posts", "comment-form");
        // the teasers under "Related posts" go with it
        String teaser = rawLines.get("003").stream().filter(l -> l.startsWith("Islamabad:")).findFirst().orElseThrow();
        assertThat(a.text()).doesNotContain(teaser.substring(0, 40));
    }

    @Test
    void postNavigationOf004IsRemoved() {
        Article a = articles.get("004");
        assertThat(a.text()).doesNotContain("Post a Comment").doesNotContain("Previous Post").doesNotContain("Next Post");
        assertThat(a.removed()).extracting(RemovedSpan::reason).contains("comment-form", "post-navigation");
    }

    @Test
    void hardWrappedLinesOf003AreReflowedIntoSentences() {
        Article a = articles.get("003");
        List<String> paragraphs = Arrays.asList(a.text().split("\n\n"));
        long rawLinesWithText = rawLines.get("003").stream().filter(l -> !l.isBlank()).count();
        assertThat(a.text()).doesNotContain("\n\n\n");
        assertThat(paragraphs).allMatch(p -> !p.contains("\n"));
        assertThat(paragraphs.size()).isLessThan((int) rawLinesWithText / 3);
        long whole = paragraphs.stream().filter(p -> p.matches("(?s).*[.!?][”\"’]?$")).count();
        assertThat(whole).as("paragraphs ending a sentence").isGreaterThanOrEqualTo(Math.round(paragraphs.size() * 0.75));
        assertThat(a.text()).contains("radio-electronic").contains("large-scale")
                .doesNotContain("radioelectronic").doesNotContain("largescale");
        assertThat(Pattern.compile("\\p{L}- \\p{L}").matcher(a.text()).find()).as("hyphen left at a line join").isFalse();
        assertThat(a.text()).doesNotContainPattern("(?i)\\bthe the\\b");
        assertThat(a.removed()).anyMatch(s -> s.reason().equals("doubled-word"));
    }

    @Test
    void gluedSentencesOf004AreSplit() {
        Article a = articles.get("004");
        assertThat(a.text()).doesNotContain("crisis.Armenian").contains("crisis. Armenian");
    }

    @Test
    void cleanTextKeepsTheBodyWords() {
        check("000", l -> false);
        check("001", l -> false);
        check("002", l -> l.strip().equals(lastNonBlank(rawLines.get("002"))));
        List<String> r3 = rawLines.get("003");
        int related = r3.indexOf("Related posts");
        assertThat(related).isPositive();
        check("003", tailFrom(r3, related).or(l -> l.strip().matches("\\d+ Mins read")));
        List<String> r4 = rawLines.get("004");
        check("004", tailFrom(r4, r4.indexOf("Post a Comment")));
    }

    @Test
    void idsAreStableAndHashesMatchTheText() {
        Article a = articles.get("001");
        assertThat(a.contentHash()).isEqualTo(ContentHash.of(a.text()));
        assertThat(a.id()).isEqualTo(ContentHash.articleId(a.source(), a.contentHash())).hasSize(16);
        List<IngestOutcome> again = new Ingestor(IngestOptions.defaults()).ingestAll(List.of(a.source()));
        assertThat(((IngestOutcome.Read) again.get(0)).article().id()).isEqualTo(a.id());
    }

    @Test
    void datesAreInferredFromFullDatesInTheText() {
        assertThat(articles.get("004").published()).isNotNull();
        assertThat(articles.get("004").publishedInferred()).isTrue();
        assertThat(articles.get("001").published()).isNull();
        assertThat(articles.get("001").problems()).anyMatch(p -> p.contains("no publication date"));
    }

    /** The body is the raw file without its first line (title) and without the expected boilerplate. */
    private static void check(String key, Predicate<String> boilerplate) {
        List<String> lines = rawLines.get(key);
        Article a = articles.get(key);
        List<String> body = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i == 0 && a.title() != null) continue;
            if (!boilerplate.test(lines.get(i))) body.add(lines.get(i));
        }
        TokenOverlap overlap = TokenOverlap.of(a.text(), String.join("\n", body));
        assertThat(overlap.recall()).as(key + " body words kept").isGreaterThanOrEqualTo(0.95);
        assertThat(overlap.precision()).as(key + " clean words from the body").isGreaterThanOrEqualTo(0.97);
    }

    private static Predicate<String> tailFrom(List<String> lines, int index) {
        java.util.Set<String> tail = new java.util.HashSet<>(lines.subList(index, lines.size()));
        return tail::contains;
    }

    private static String lastNonBlank(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) if (!lines.get(i).isBlank()) return lines.get(i).strip();
        throw new IllegalStateException("no text");
    }
}
