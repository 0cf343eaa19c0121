package org.faultline.actors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * The pure core of {@code faultline actors resolve --in FILE}: JSON Lines in, JSON Lines out.
 * Input lines are {@code {"id", "text", "date"?}} (date = ISO report date); each gives one output
 * line {@code {"id", "country", "sector", "code", "name"}} (nulls when nothing resolves). A line
 * that is not valid input gives {@code {"id", "error"}} naming the line number, and processing
 * continues: recoverable problems are data, not exceptions.
 */
public final class ActorResolveJsonl {
    private final ActorResolver resolver;
    private final ObjectMapper json = new ObjectMapper();

    public ActorResolveJsonl(ActorResolver resolver) {
        this.resolver = Objects.requireNonNull(resolver, "resolver must not be null");
    }

    /** Resolves one input line (1-based {@code lineNumber} for messages) into one output line. */
    public String resolveLine(String line, int lineNumber) {
        if (line == null) throw new IllegalArgumentException("line " + lineNumber + " must not be null");
        ObjectNode out = json.createObjectNode();
        JsonNode in;
        try {
            in = json.readTree(line);
        } catch (JsonProcessingException e) {
            out.putNull("id");
            out.put("error", "line " + lineNumber + ": not valid JSON (" + e.getOriginalMessage() + ")");
            return out.toString();
        }
        if (in == null || !in.isObject()) {
            out.putNull("id");
            out.put("error", "line " + lineNumber + ": expected a JSON object {\"id\", \"text\", \"date\"?}");
            return out.toString();
        }
        JsonNode id = in.get("id");
        out.set("id", id == null ? json.nullNode() : id);
        JsonNode text = in.get("text");
        if (text == null || !text.isTextual()) {
            out.put("error", "line " + lineNumber + ": field 'text' is missing or not a string");
            return out.toString();
        }
        LocalDate date = null;
        JsonNode d = in.get("date");
        if (d != null && !d.isNull()) {
            try {
                date = LocalDate.parse(d.asText().length() >= 10 ? d.asText().substring(0, 10) : d.asText());
            } catch (DateTimeParseException e) {
                out.put("error", "line " + lineNumber + ": field 'date' '" + d.asText() + "' is not an ISO date (YYYY-MM-DD)");
                return out.toString();
            }
        }
        Optional<Actor> actor = resolver.resolveText(text.asText(), date);
        out.put("country", actor.map(Actor::country).orElse(null));
        out.put("sector", actor.map(Actor::sector).orElse(null));
        out.put("code", actor.map(Actor::code).orElse(null));
        out.put("name", actor.map(Actor::name).orElse(null));
        return out.toString();
    }

    /** Resolves every non-blank line of {@code in} to {@code out}; returns the number of lines written. */
    public int run(BufferedReader in, Writer out) {
        if (in == null || out == null) throw new IllegalArgumentException("input and output must not be null");
        int n = 0, written = 0;
        try {
            String line;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                out.write(resolveLine(line, n));
                out.write('\n');
                written++;
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve actors at line " + n, e);
        }
        return written;
    }
}
