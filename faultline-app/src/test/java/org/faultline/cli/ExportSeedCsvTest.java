package org.faultline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.faultline.events.Event;
import org.faultline.events.export.EventCsv;
import org.faultline.store.EventQuery;
import org.faultline.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import picocli.CommandLine;

/**
 * The seed corpus (../shared/corpus/seeds) ingested through the CLI, exported as CSV and PLOVER,
 * and read back with a CSV parser: one row per stored event, every column present.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportSeedCsvTest {
    private Path dir, db;
    private List<Event> stored;

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        return cl.execute(args);
    }

    private static Path seeds() {
        String prop = System.getProperty("faultline.shared");
        for (String c : new String[] {prop, "../shared", "../../shared"}) {
            if (c == null) continue;
            Path p = Path.of(c).resolve("corpus/seeds");
            if (Files.isDirectory(p)) return p;
        }
        return null;
    }

    @BeforeAll
    void ingestSeeds() throws Exception {
        Path seeds = seeds();
        assumeTrue(seeds != null, "../shared/corpus/seeds not found: seed export test skipped");
        dir = Files.createTempDirectory("faultline-export");
        db = dir.resolve("seed.db");
        assertThat(run("ingest", "-q", "--threads", "1", "--db", db.toString(), seeds.toString())).isZero();
        try (Store s = Store.open(db)) {
            stored = s.events(EventQuery.all());
        }
        assertThat(stored).as("the seed corpus codes some events").isNotEmpty();
    }

    @Test
    void csvParsesBackWithOneRowPerEvent() throws Exception {
        assertThat(run("export", "--format", "csv", "--db", db.toString(), "--out", dir.resolve("csv").toString())).isZero();
        List<CSVRecord> rows;
        try (Reader r = Files.newBufferedReader(dir.resolve("csv/events.csv"), StandardCharsets.UTF_8)) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
        assertThat(rows).hasSize(stored.size());
        Set<String> ids = new HashSet<>();
        for (CSVRecord row : rows) {
            assertThat(row.isConsistent()).as("row %d has every column", row.getRecordNumber()).isTrue();
            assertThat(row.size()).isEqualTo(EventCsv.COLUMNS.size());
            assertThat(row.get("evidence")).isNotBlank();
            assertThat(row.get("url")).doesNotContain(dir.toString()).doesNotStartWith("/");
            ids.add(row.get("event_id"));
        }
        assertThat(ids).isEqualTo(stored.stream().map(Event::id).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void filteredCsvAndPloverHoldOnlyMatchingEvents() throws Exception {
        String type = stored.get(0).type();
        long expected = stored.stream().filter(e -> e.type().equals(type)).count();
        assertThat(run("export", "--format", "plover", "--type", type, "--db", db.toString(), "--out", dir.resolve("pl").toString())).isZero();
        List<String> lines = Files.readAllLines(dir.resolve("pl/events.plover.jsonl"));
        assertThat(lines).hasSize((int) expected);
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            JsonNode n = json.readTree(line);
            assertThat(n.get("event").get(0).asText()).isEqualTo(type);
            assertThat(n.get("text").asText()).isNotBlank();
            if (!n.get("date").isNull()) // an event nothing dates stays undated rather than invented
                assertThat(n.get("date").asText()).as("PLOVER dates are YYYY-MM-DD").matches("\\d{4}-\\d{2}-\\d{2}");
            for (String side : List.of("source", "recipient"))
                for (JsonNode a : n.get(side)) assertThat(a.has("code") && a.has("sector") && a.has("actor_text")).isTrue();
        }
    }

    @Test
    void badFormatIsAUserError() {
        assertThat(run("export", "--format", "xls", "--db", db.toString(), "--out", dir.toString())).isNotZero();
    }
}
