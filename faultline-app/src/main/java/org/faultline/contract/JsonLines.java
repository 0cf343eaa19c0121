package org.faultline.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams a JSON Lines file object by object. A line that is not JSON, or that the consumer
 * rejects with a {@link ContractFormatException}, is reported as {@code file:line: reason} in
 * {@code problems} and skipped: one bad line must not lose the rest of a large output.
 */
final class JsonLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLines() {}

    /** Reads every line of {@code file} (nothing when it does not exist); returns the number read without problems. */
    static int forEach(Path file, Consumer<JsonNode> consumer, List<String> problems) {
        if (!Files.exists(file)) return 0;
        int ok = 0, lineNo = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank()) continue;
                try {
                    consumer.accept(JSON.readTree(line));
                    ok++;
                } catch (JsonProcessingException e) {
                    problems.add(file + ":" + lineNo + ": malformed JSON: " + e.getOriginalMessage());
                } catch (ContractFormatException e) {
                    problems.add(file + ":" + lineNo + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return ok;
    }
}
