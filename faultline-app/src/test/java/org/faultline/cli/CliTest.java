package org.faultline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import picocli.CommandLine;

/** Runs the CLI in-process on fixtures of our own, the way a user would, and reads what it prints. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private Path dir;
    private Path db;

    record Run(int exit, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeAll
    void fixtures() throws IOException {
        dir = Files.createTempDirectory("faultline-cli");
        db = dir.resolve("test.db");
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("clash.txt"), """
                Border guards trade fire near Sotk

                Yerevan, 12 September 2022 - Armenian and Azerbaijani border troops exchanged fire overnight near the village of Sotk, the defence ministry in Yerevan said on Monday.
                Azerbaijan's defence ministry accused Armenian units of opening fire first and said its positions had come under mortar attack.
                The European Union urged both sides to return to talks.
                """);
        Files.writeString(in.resolve("empty.txt"), "");
        Files.write(in.resolve("blob.txt"), new byte[] {0, 1, 2, 3, 0, (byte) 0xff, 0, 0, 7, 0});
        Files.writeString(in.resolve("feed.jsonl"), """
                {"id":"w1","title":"Talks resume in Brussels","published":"2023-05-14","text":"Leaders of Armenia and Azerbaijan met in Brussels on Sunday for talks hosted by the president of the European Council."}
                {"id":"w2","title":"Broken line","published":"not-a-date","text":"Some text."}
                this is not json
                """);
    }

    @Test
    @Order(1)
    void ingestStoresGoodInputsAndNamesEachBadOne() {
        Run r = run("ingest", "-q", "--db", db.toString(), dir.resolve("in").toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("stored 2 article(s)");
        String report = r.out() + r.err();
        assertThat(report).contains("empty.txt").contains("blob.txt").contains("feed.jsonl:3");
        assertThat(report).containsPattern("feed.jsonl:2.*published");
    }

    @Test
    @Order(2)
    void reIngestAddsNothing() {
        Run r = run("ingest", "-q", "--db", db.toString(), dir.resolve("in").toString());
        assertThat(r.out()).contains("stored 0 article(s)").contains("2 unchanged");
    }

    @Test
    @Order(3)
    void listsShowsSearchesAndCounts() {
        Run list = run("articles", "--db", db.toString());
        assertThat(list.exit()).isZero();
        assertThat(list.out()).contains("Border guards trade fire near Sotk").contains("Talks resume in Brussels");
        String id = list.out().lines().filter(l -> l.contains("Sotk")).findFirst().orElseThrow().split("\\s+")[0];
        Run show = run("articles", "show", id, "--db", db.toString());
        assertThat(show.out()).contains("exchanged fire overnight near the village of Sotk").contains("published: 2022-09-12");
        Run search = run("search", "mortar", "--db", db.toString());
        assertThat(search.out()).contains(id).contains("[mortar]");
        Run stats = run("stats", "--db", db.toString());
        assertThat(stats.out()).contains("articles   2");
        Run events = run("events", "--db", db.toString(), "--type", "ACCUSE");
        assertThat(events.exit()).isZero();
        assertThat(events.out()).contains("ACCUSE").contains("AZE");
    }

    @Test
    @Order(4)
    void unknownIdsAndBadOptionsGetOneClearLine() {
        Run show = run("articles", "show", "nope", "--db", db.toString());
        assertThat(show.exit()).isEqualTo(2);
        assertThat(show.err()).contains("no article with id 'nope'").doesNotContain("Exception");
        Run events = run("events", "--db", db.toString(), "--factuality", "maybe");
        assertThat(events.exit()).isEqualTo(2);
        assertThat(events.err()).contains("--factuality");
    }

    @Test
    @Order(5)
    void exportFollowsTheContract() throws IOException {
        Path out = dir.resolve("export");
        Run r = run("export", "--db", db.toString(), "--out", out.toString());
        assertThat(r.exit()).isZero();
        List<String> articles = Files.readAllLines(out.resolve("articles.jsonl"), StandardCharsets.UTF_8);
        assertThat(articles).hasSize(2);
        for (String line : articles) {
            JsonNode a = JSON.readTree(line);
            assertThat(a.fieldNames()).toIterable().contains("id", "source", "title", "published", "published_inferred",
                    "text", "removed", "duplicate_of", "problems");
        }
        List<String> events = Files.readAllLines(out.resolve("events.jsonl"), StandardCharsets.UTF_8);
        assertThat(events).isNotEmpty();
        for (String line : events) {
            JsonNode e = JSON.readTree(line);
            assertThat(e.fieldNames()).toIterable().contains("id", "article_id", "sentence_index", "evidence", "trigger",
                    "type", "mode", "context", "cameo", "goldstein", "quad", "source", "target", "date",
                    "date_precision", "location", "factuality", "claimed_by", "confidence", "incident_id");
            assertThat(e.get("quad").asInt()).isBetween(1, 4);
        }
    }

    @Test
    @Order(6)
    void codeReadsAndWritesJsonLines() throws IOException {
        Path in = dir.resolve("sentences.jsonl");
        Files.writeString(in, """
                {"id":"s1","text":"Russian troops shelled the town of Kharkiv on Tuesday.","date":"2022-05-12"}
                {"id":"s2","text":"It rained."}
                """);
        Path out = dir.resolve("coded.jsonl");
        Run r = run("code", "--in", in.toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(2);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.get("id").asText()).isEqualTo("s1");
        JsonNode ev = first.get("events").get(0);
        assertThat(ev.get("type").asText()).isEqualTo("ASSAULT");
        assertThat(ev.get("source").get("country").asText()).isEqualTo("RUS");
        assertThat(ev.get("date").asText()).isEqualTo("2022-05-10");
        assertThat(JSON.readTree(lines.get(1)).get("events")).isEmpty();
        Run explain = run("code", "--explain", "It rained.");
        assertThat(explain.out()).contains("no event");
    }
}
