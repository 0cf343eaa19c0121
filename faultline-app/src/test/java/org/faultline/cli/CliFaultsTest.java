package org.faultline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.faultline.ingest.Article;
import org.faultline.nlp.Doc;
import org.faultline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Small user mistakes get one clear line, never a stack trace or a side effect. No CoreNLP needed. */
class CliFaultsTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void aFileThatIsNoDatabaseGetsOneLine() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.db"), "these are my notes, not a database\n".repeat(200));
        Run r = run("stats", "--db", notes.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("faultline: file " + notes.toAbsolutePath().normalize()
                + " is not a SQLite database (or is encrypted or damaged)");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"stats", "events", "articles", "search", "claims", "incidents", "commitments", "alerts", "export"})
    void readOnlyCommandsRefuseAMissingStoreAndCreateNothing(String command) {
        Path missing = dir.resolve("nowhere/sub/faultline.db");
        List<String> args = new java.util.ArrayList<>(List.of(command, "--db", missing.toString()));
        if (command.equals("search")) args.add("ceasefire");
        if (command.equals("export")) args.addAll(List.of("--out", dir.resolve("out").toString()));
        Run r = run(args.toArray(String[]::new));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no database at " + missing.toAbsolutePath().normalize()).contains("--db");
        assertThat(dir.resolve("nowhere")).doesNotExist();
    }

    @Test
    void anArticleWithoutTitleOrDateIsShownWithoutNulls() {
        Path db = dir.resolve("one.db");
        try (Store store = Store.open(db)) {
            Article a = new Article("a1", "/srv/feeds/untitled.txt", null, null, null, false, "text", "Body text here.",
                    "Body text here.", List.of(), "h1", null, List.of());
            store.save(a, new Doc("a1", null, List.of(), List.of()), List.of(), List.of());
        }
        Run r = run("articles", "show", "a1", "--db", db.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("title:     (none found)").contains("published: (unknown)").doesNotContain("null");
    }
}
