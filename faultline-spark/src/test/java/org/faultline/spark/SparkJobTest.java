package org.faultline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.faultline.cli.Main;
import org.faultline.events.Event;
import org.faultline.events.json.EventJson;
import org.faultline.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Runs the job in local[2] on the seed articles and the fixtures (two text files and a JSONL file
 * with one malformed line), once for the whole class, and checks it against the CLI on the same
 * folder: same events, a reject for the bad line, consistent corpus tables, and an import
 * round trip. Loads CoreNLP twice (Spark's executor pipeline and the CLI's), about a minute each.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private Path tmp;
    private Path input, output;
    private SparkSession spark;
    private JobSummary summary;

    @BeforeAll
    void runJob(@TempDir Path dir) throws IOException {
        tmp = dir;
        input = tmp.resolve("in");
        Files.createDirectories(input);
        try (Stream<Path> seeds = Files.list(shared().resolve("corpus/seeds"))) {
            for (Path p : seeds.sorted().toList()) Files.copy(p, input.resolve(p.getFileName()));
        }
        for (String f : List.of("port-strike.txt", "border-talks.txt", "wire.jsonl")) {
            try (InputStream in = SparkJobTest.class.getResourceAsStream("/fixtures/" + f)) {
                Files.copy(in, input.resolve(f));
            }
        }
        output = tmp.resolve("out");
        spark = Sessions.start("local[2]");
        summary = new SparkJob(spark).run(JobOptions.of(List.of(input.toString()), output));
    }

    @AfterAll
    void stop() {
        if (spark != null) spark.stop();
    }

    @Test
    void eventsEqualTheCliPipelinesOnTheSameInput() throws IOException {
        Path db = tmp.resolve("cli.db");
        int exit = run("ingest", "--db", db.toString(), "-q", "--threads", "1", input.toString());
        assertThat(exit).as("ingest exits 1: the malformed JSONL line fails").isEqualTo(1);
        Map<String, JsonNode> cli = new TreeMap<>();
        try (Store store = Store.open(db)) {
            store.forEachEvent((Event e) -> cli.put(e.id(), withoutIncident(EventJson.event(e, true))));
        }
        Map<String, JsonNode> sparkEvents = new TreeMap<>();
        for (JsonNode n : lines(output.resolve("events.jsonl"))) sparkEvents.put(n.get("id").asText(), withoutIncident((ObjectNode) n));
        assertThat(cli).as("the CLI coded events from the seeds").hasSizeGreaterThan(5);
        assertThat(sparkEvents.keySet()).isEqualTo(cli.keySet());
        assertThat(sparkEvents).isEqualTo(cli); // ids, types, actors, dates, evidence... all fields but incident_id
        assertThat(summary.events()).isEqualTo(cli.size());
    }

    @Test
    void malformedJsonlLineLandsInRejectsAndTheOtherRecordsGoOn() {
        List<Row> rejects = spark.read().parquet(output.resolve("rejects").toString()).collectAsList();
        assertThat(rejects).hasSize(1);
        assertThat(rejects.get(0).getString(0)).endsWith("wire.jsonl:2");
        assertThat(rejects.get(0).getString(1)).isEqualTo("read");
        assertThat(rejects.get(0).getString(2)).contains("malformed JSON");
        assertThat(spark.read().parquet(output.resolve("articles").toString()).filter("source LIKE '%wire.jsonl#w%'").count())
                .isEqualTo(2);
        assertThat(summary.articles()).isEqualTo(9); // 5 seeds, 2 text fixtures, 2 good JSONL records
    }

    @Test
    void corpusTablesAreConsistent() throws IOException {
        Map<String, JsonNode> incidents = new TreeMap<>();
        for (JsonNode n : lines(output.resolve("incidents.jsonl"))) incidents.put(n.get("id").asText(), n);
        assertThat(incidents).isNotEmpty();
        int linked = 0;
        for (JsonNode e : lines(output.resolve("events.jsonl"))) {
            if (e.get("incident_id").isNull()) continue;
            linked++;
            JsonNode inc = incidents.get(e.get("incident_id").asText());
            assertThat(inc).as("incident of " + e.get("id")).isNotNull();
            assertThat(inc.get("event_ids").toString()).contains(e.get("id").asText());
        }
        assertThat(linked).isEqualTo(incidents.values().stream().mapToInt(i -> i.get("event_ids").size()).sum());
        List<String> claimIds = lines(output.resolve("claims.jsonl")).stream().map(n -> n.get("id").asText()).toList();
        for (JsonNode c : lines(output.resolve("contradictions.jsonl")))
            assertThat(claimIds).contains(c.get("claim_a").asText(), c.get("claim_b").asText());
        Row tension = spark.read().parquet(output.resolve("tension").toString()).selectExpr("sum(events)", "count(*)").first();
        assertThat(spark.read().parquet(output.resolve("tension").toString()).columns())
                .containsExactly("day", "source_country", "target_country", "quad", "events", "goldstein_sum");
        long dyadic = spark.read().parquet(output.resolve("events").toString())
                .filter("source.country IS NOT NULL AND target.country IS NOT NULL AND factuality IN ('asserted','reported')").count();
        assertThat(tension.getLong(1)).isPositive();
        assertThat(tension.getLong(0)).isBetween(1L, dyadic); // each incident once: never more than its events
        assertThat(spark.read().parquet(output.resolve("events").toString()).columns())
                .contains("id", "article_id", "type", "cameo", "goldstein", "quad", "source", "target", "factuality", "incident_id");
    }

    @Test
    void importLoadsTheOutputAndExportGivesTheSameFiles() throws IOException {
        Path db = tmp.resolve("imported.db");
        assertThat(run("import", "--db", db.toString(), output.toString())).isZero();
        Path exported = tmp.resolve("exported");
        assertThat(run("export", "--db", db.toString(), "--out", exported.toString())).isZero();
        for (String f : List.of("articles.jsonl", "events.jsonl", "claims.jsonl", "incidents.jsonl", "contradictions.jsonl"))
            assertThat(sortedLines(exported.resolve(f))).as(f).isEqualTo(sortedLines(output.resolve(f)));
        // and once more from the export itself: import is the inverse of export
        Path db2 = tmp.resolve("again.db");
        assertThat(run("import", "--db", db2.toString(), exported.toString())).isZero();
        Path again = tmp.resolve("again");
        assertThat(run("export", "--db", db2.toString(), "--out", again.toString())).isZero();
        for (String f : List.of("articles.jsonl", "events.jsonl", "claims.jsonl"))
            assertThat(Files.readAllLines(again.resolve(f))).as(f).isEqualTo(Files.readAllLines(exported.resolve(f)));
    }

    private static int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        return cl.execute(args);
    }

    private static ObjectNode withoutIncident(ObjectNode n) {
        ObjectNode copy = n.deepCopy();
        copy.remove("incident_id");
        return copy;
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String l : Files.readAllLines(file)) if (!l.isBlank()) out.add(JSON.readTree(l));
        return out;
    }

    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file).stream().sorted().toList();
    }

    static Path shared() {
        String prop = System.getProperty("faultline.shared");
        for (String c : new String[] {prop, "../shared", "../../shared", "../../../shared"}) {
            if (c != null && Files.isDirectory(Path.of(c, "corpus", "seeds"))) return Path.of(c);
        }
        throw new IllegalStateException("shared folder not found (set -Dfaultline.shared)");
    }
}
