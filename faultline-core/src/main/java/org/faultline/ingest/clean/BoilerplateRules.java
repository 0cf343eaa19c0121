package org.faultline.ingest.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The boilerplate line rules, read from a TSV file documented at the top of the bundled
 * {@code org/faultline/ingest/boilerplate.tsv} (scope, reason, regex).
 */
public final class BoilerplateRules {
    private static final String RESOURCE = "/org/faultline/ingest/boilerplate.tsv";
    private final List<LinePattern> line;
    private final List<LinePattern> tail;

    public BoilerplateRules(List<LinePattern> patterns) {
        this.line = patterns.stream().filter(p -> !p.tail()).toList();
        this.tail = patterns.stream().filter(LinePattern::tail).toList();
    }

    /** The bundled rules. */
    public static BoilerplateRules bundled() {
        try (InputStream in = BoilerplateRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static BoilerplateRules parse(BufferedReader reader, String name) throws IOException {
        List<LinePattern> patterns = new ArrayList<>();
        int lineNo = 0;
        for (String row; (row = reader.readLine()) != null; ) {
            lineNo++;
            if (row.isBlank() || row.startsWith("#")) continue;
            String[] cols = row.split("\t", 3);
            if (cols.length != 3 || !(cols[0].equals("line") || cols[0].equals("tail")))
                throw new IllegalArgumentException(name + ":" + lineNo + ": expected 'line|tail<TAB>reason<TAB>regex'");
            try {
                patterns.add(new LinePattern(cols[0].equals("tail"), cols[1],
                        Pattern.compile(cols[2], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(name + ":" + lineNo + ": bad regex: " + e.getDescription(), e);
            }
        }
        return new BoilerplateRules(patterns);
    }

    /** The reason of the first line rule matching {@code text}, if any. */
    public Optional<String> lineReason(String text) {
        return line.stream().filter(p -> p.matches(text)).map(LinePattern::reason).findFirst();
    }

    /** The reason of the first tail rule matching {@code text}, if any. */
    public Optional<String> tailReason(String text) {
        return tail.stream().filter(p -> p.matches(text)).map(LinePattern::reason).findFirst();
    }
}
