package org.faultline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.faultline.actors.Actor;
import org.faultline.events.Event;
import org.faultline.events.Factuality;
import org.faultline.ingest.Article;
import org.faultline.nlp.DatePrecision;
import org.faultline.store.SourceStatus;
import org.faultline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The desk's small CLI additions, on a store filled directly (no CoreNLP): events show, sources, missing databases, progress lines. */
class DeskCliTest {
    @TempDir Path dir;

    record Run(int exit, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    private Path filled() {
        Path db = dir.resolve("desk.db");
        try (Store s = Store.open(db)) {
            Article a = new Article("art1", "https://www.border.example/news/1", "https://www.border.example/news/1", "Shelling",
                    LocalDate.of(2025, 3, 6), false, "html", "raw", "Troops shelled the post.", List.of(), "h1", null, List.of());
            Event e = new Event("art1-0-0", "art1", 0, "Troops shelled the post.", "shelled", "ASSAULT", null, List.of(), "195", -10, 4,
                    new Actor("troops", "Azerbaijan", "AZE", "MIL", "AZEMIL", null), new Actor("the post", "Armenia", "ARM", "MIL", "ARMMIL", null),
                    "2025-03-06", DatePrecision.DAY, null, Factuality.REPORTED, null, 0.8, null);
            s.save(a, null, List.of(e));
            Instant t = Instant.parse("2025-03-06T10:00:00Z");
            s.saveSourceStatus(SourceStatus.fresh("wire", "https://border.example/rss", "Border Wire").failed(t, t.plusSeconds(60), "HTTP 503"));
        }
        return db;
    }

    @Test
    void eventsShowPrintsOneEventWithOutletAndUrl() {
        Path db = filled();
        Run r = run("events", "show", "art1-0-0", "--db", db.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("ASSAULT").contains("Troops shelled the post.").contains("outlet:     border.example")
                .contains("url:        https://www.border.example/news/1").contains("Azerbaijan [AZEMIL]");
        Run missing = run("events", "show", "art1-9-9", "--db", db.toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("no event art1-9-9");
    }

    @Test
    void sourcesListsWatchStatus() {
        Path db = filled();
        Run r = run("sources", "--db", db.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("wire").contains("HTTP 503").contains("never");
    }

    @Test
    void readCommandsRefuseAMissingDatabaseInsteadOfCreatingIt() {
        Path db = dir.resolve("typo.db");
        Run r = run("events", "--db", db.toString());
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("typo.db").contains("no database at");
        assertThat(Files.exists(db)).isFalse();
    }

    @Test
    void progressWritesPlainLinesWhenNotOnATerminal() {
        StringWriter err = new StringWriter();
        try (IngestProgressBar p = new IngestProgressBar(new PrintWriter(err, true), false, false)) {
            for (int i = 0; i < IngestProgressBar.LINE_EVERY + 3; i++) p.queued("a" + i);
            for (int i = 0; i < IngestProgressBar.LINE_EVERY + 3; i++) p.articleDone("a" + i, "t");
        }
        assertThat(err.toString().lines().toList()).containsExactly(
                "ingest: " + IngestProgressBar.LINE_EVERY + " of " + (IngestProgressBar.LINE_EVERY + 3) + " article(s) done",
                "ingest: " + (IngestProgressBar.LINE_EVERY + 3) + " of " + (IngestProgressBar.LINE_EVERY + 3) + " article(s) done");
        assertThat(err.toString()).doesNotContain("\r");
    }
}
