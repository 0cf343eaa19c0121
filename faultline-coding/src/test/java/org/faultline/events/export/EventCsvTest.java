package org.faultline.events.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.faultline.actors.Actor;
import org.faultline.events.Event;
import org.faultline.events.Factuality;
import org.faultline.events.Location;
import org.faultline.nlp.DatePrecision;
import org.junit.jupiter.api.Test;

class EventCsvTest {
    private static Event event(String id, String evidence, Location place) {
        return new Event(id, "a1", 0, evidence, "shelled", "ASSAULT", "aerial", List.of(), "195", -10, 4,
                new Actor("Ruritanian troops", "Ruritania", "RUR", "MIL", "RURMIL", null),
                new Actor("Zenda", "Zenda", "ZEN", null, "ZEN", null), "2024-03-02", DatePrecision.DAY,
                place, Factuality.REPORTED, null, 0.75, "inc-1");
    }

    @Test
    void quotesCommasQuotesAndBreaksAndParsesBackOneRowPerEvent() throws Exception {
        StringWriter out = new StringWriter();
        Map<String, ArticleOrigin> origins = Map.of("a1", new ArticleOrigin("Daily Ürümqi", "https://example.org/a?x=1,2"));
        try (EventCsv csv = new EventCsv(out, origins::get)) {
            csv.write(event("e1", "Troops said \"enough\", then fired,\nagain.", new Location("Strelsau, Old Town", "RUR", 48.5, 19.25)));
            csv.write(event("e2", "Plain sentence.", null));
            assertThat(csv.rows()).isEqualTo(2);
        }
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertThat(rows).hasSize(2);
        CSVRecord r = rows.get(0);
        assertThat(r.size()).isEqualTo(EventCsv.COLUMNS.size());
        assertThat(r.get("evidence")).isEqualTo("Troops said \"enough\", then fired, again.");
        assertThat(r.get("place")).isEqualTo("Strelsau, Old Town");
        assertThat(r.get("latitude")).isEqualTo("48.5");
        assertThat(r.get("goldstein")).isEqualTo("-10");
        assertThat(r.get("source_outlet")).isEqualTo("Daily Ürümqi");
        assertThat(r.get("url")).isEqualTo("https://example.org/a?x=1,2");
        assertThat(r.get("factuality")).isEqualTo("reported");
        assertThat(rows.get(1).get("place")).isEmpty();
        assertThat(out.toString()).contains("\r\n");
    }

    @Test
    void originNeverShowsAFilePath() {
        assertThat(ArticleOrigin.host("https://www.news.example/x")).isEqualTo("news.example");
        assertThat(new ArticleOrigin(null, null).withOutlet("Wire")).isEqualTo(new ArticleOrigin("Wire", null));
    }
}
