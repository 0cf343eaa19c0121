package org.faultline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.faultline.events.Event;
import org.faultline.server.bench.SampleCorpus;
import org.faultline.store.SourceStatus;
import org.faultline.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The CSV and PLOVER downloads and the watch status endpoint. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DownloadEndpointsTest {
    @TempDir static Path dir;
    Store store;
    FaultlineServer server;
    Api api;
    final List<Event> all = new ArrayList<>();

    @BeforeAll
    void start() {
        store = Store.open(dir.resolve("dl.db"));
        SampleCorpus.fill(store, 12);
        for (int n = 0; n < 12; n++) all.addAll(SampleCorpus.item(n).events());
        Instant t = Instant.parse("2025-03-01T10:00:00Z");
        store.saveSourceStatus(SourceStatus.fresh("wire", "https://wire.example/feed.xml", "Wire").succeeded(t, t.plusSeconds(60), null, null, 3));
        store.saveSourceStatus(SourceStatus.fresh("inbox", "/home/someone/inbox", null).failed(t, t.plusSeconds(120), "no such file or folder"));
        server = new FaultlineServer(store, null, ServerOptions.defaults()).start(0);
        api = new Api(server.port());
    }

    @AfterAll
    void stop() {
        server.stop();
        store.close();
    }

    @Test
    void csvDownloadHasOneRowPerMatchingEvent() throws Exception {
        Api.Response r = api.get("/api/events.csv?type=ASSAULT");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("text/csv");
        assertThat(r.header("Content-Disposition")).contains("attachment").contains(".csv");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(r.body())).getRecords();
        long want = all.stream().filter(e -> e.type().equals("ASSAULT")).count();
        assertThat(want).isPositive();
        assertThat(rows).hasSize((int) want);
        assertThat(rows).allSatisfy(row -> assertThat(row.get("event_type")).isEqualTo("ASSAULT"));
    }

    @Test
    void ploverDownloadAndBadFilter() throws Exception {
        Api.Response r = api.get("/api/events.plover");
        assertThat(r.status()).isEqualTo(200);
        String[] lines = r.body().split("\n");
        assertThat(lines).hasSize(all.size());
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        assertThat(first.get("event").isArray() && first.get("source").isArray() && first.get("recipient").isArray()).isTrue();
        assertThat(first.get("text").asText()).isNotBlank();
        assertThat(api.get("/api/events.csv?from=yesterday").status()).isEqualTo(400);
        assertThat(api.get("/api/events.csv?limit=5").status()).as("downloads are not paged").isEqualTo(400);
    }

    @Test
    void sourcesShowStatusButNoLocalPath() {
        JsonNode items = api.get("/api/sources").json().get("items");
        assertThat(items).hasSize(2);
        JsonNode inbox = items.get(0), wire = items.get(1);
        assertThat(inbox.get("name").asText()).isEqualTo("inbox");
        assertThat(inbox.get("url").isNull()).isTrue();
        assertThat(inbox.get("failing").asBoolean()).isTrue();
        assertThat(inbox.get("last_error").asText()).contains("no such file");
        assertThat(wire.get("items_seen").asInt()).isEqualTo(3);
        assertThat(wire.get("outlet").asText()).isEqualTo("Wire");
        assertThat(wire.get("last_success").asText()).isEqualTo("2025-03-01T10:00:00Z");
    }
}
