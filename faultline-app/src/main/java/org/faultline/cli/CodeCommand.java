package org.faultline.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.faultline.corenlp.CoreNlpAnnotator;
import org.faultline.events.EventCoder;
import org.faultline.events.SentenceExplanation;
import org.faultline.events.json.SentenceCoding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code faultline code}: sentence-level coding, JSON Lines in and out, as the output contract
 * describes; {@code --explain TEXT} prints, for a sentence, every candidate the coder saw and why
 * it did or did not become an event.
 */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = {"Codes events of sentences: reads JSON Lines {\"id\",\"text\",\"date\"?} and writes {\"id\",\"events\":[...]} per line.",
                "With --explain TEXT, prints what the coder saw in TEXT and why each candidate did or did not give an event.",
                "Reads and writes only those streams (standard input/output by default); the database is not touched."})
final class CodeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CodingOptions coding;

    @Option(names = "--in", paramLabel = "FILE", description = "Input JSON Lines (default: standard input).")
    Path in;

    @Option(names = "--out", paramLabel = "FILE", description = "Output JSON Lines (default: standard output).")
    Path out;

    @Option(names = "--explain", paramLabel = "TEXT", description = "Explain the coding of this sentence instead.")
    String explain;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Report date for --explain.")
    LocalDate date;

    @Override
    public Integer call() throws IOException {
        EventCoder coder = coding.coder();
        SentenceCoding coding = new SentenceCoding(new CoreNlpAnnotator(), coder);
        if (explain != null) return explain(coding);
        try (BufferedReader reader = in == null
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(requireFile(in), StandardCharsets.UTF_8);
             Writer writer = out == null
                ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            SentenceCoding.Summary s = coding.run(reader, writer);
            spec.commandLine().getErr().printf("coded %d line(s): %d event(s), %d bad line(s)%n", s.lines(), s.events(), s.errors());
            return s.errors() > 0 ? 1 : 0;
        }
    }

    private int explain(SentenceCoding coding) throws IOException {
        PrintWriter pw = spec.commandLine().getOut();
        var node = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        node.put("id", "explain").put("text", explain);
        if (date != null) node.put("date", date.toString());
        for (SentenceExplanation e : coding.explain(node.toString())) {
            pw.println("sentence " + e.sentenceIndex() + ": " + e.text());
            pw.print(e.summary());
            if (!e.events().isEmpty()) EventTable.of(e.events()).print(pw);
            pw.println();
        }
        pw.flush();
        return 0;
    }

    static Path requireFile(Path p) {
        if (!Files.isRegularFile(p)) throw new IllegalArgumentException(p + ": no such file");
        if (!Files.isReadable(p)) throw new IllegalArgumentException(p + ": not readable");
        return p;
    }
}
