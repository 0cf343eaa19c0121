package org.faultline.events.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.faultline.events.Event;
import org.faultline.events.EventCoder;
import org.faultline.events.SentenceExplanation;
import org.faultline.nlp.Annotator;
import org.faultline.nlp.Doc;

/**
 * Sentence-level coding as {@code faultline code} runs it: JSON Lines {@code {"id","text","date"?}}
 * in, one {@code {"id","events":[...]}} line out per input line (DESIGN.md). A bad input line gives
 * an output line with {@code "events":[]} and an {@code "error"} naming the line, never silence.
 * Needs an {@link Annotator} and an {@link EventCoder}; thread-safe if they are.
 */
public final class SentenceCoding {
    private final Annotator annotator;
    private final EventCoder coder;
    private final ObjectMapper mapper = new ObjectMapper();

    /** Counts of one run. */
    public record Summary(int lines, int events, int errors) {}

    /** One parsed input line. */
    public record Input(String id, String text, LocalDate date) {}

    public SentenceCoding(Annotator annotator, EventCoder coder) {
        if (annotator == null) throw new IllegalArgumentException("annotator must not be null");
        if (coder == null) throw new IllegalArgumentException("coder must not be null");
        this.annotator = annotator;
        this.coder = coder;
    }

    /** Reads JSON Lines from {@code in} until its end and writes one output line per non-blank input line. */
    public Summary run(BufferedReader in, Writer out) throws IOException {
        if (in == null || out == null) throw new IllegalArgumentException("in and out must not be null");
        int lines = 0, events = 0, errors = 0, lineNo = 0;
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) continue;
            lines++;
            ObjectNode result;
            try {
                Input input = parse(line, lineNo);
                List<Event> coded = code(input);
                events += coded.size();
                result = output(input.id(), coded);
            } catch (IllegalArgumentException e) {
                errors++;
                result = mapper.createObjectNode();
                result.set("id", idOf(line));
                result.putArray("events");
                result.put("error", e.getMessage());
            }
            out.write(mapper.writeValueAsString(result));
            out.write('\n');
        }
        out.flush();
        return new Summary(lines, events, errors);
    }

    /** Codes one input line and returns the output line (without newline). */
    public String codeLine(String jsonLine) {
        Input input = parse(jsonLine, 1);
        try {
            return mapper.writeValueAsString(output(input.id(), code(input)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write events of " + input.id(), e);
        }
    }

    /** Events of one input: annotates its text (one or more sentences) and codes every sentence. */
    public List<Event> code(Input input) {
        Doc doc = annotator.annotate(input.id(), input.text(), input.date());
        return coder.code(doc);
    }

    /** Explanations ("why no event?") for every sentence of one input line. */
    public List<SentenceExplanation> explain(String jsonLine) {
        Input input = parse(jsonLine, 1);
        return coder.explain(annotator.annotate(input.id(), input.text(), input.date()));
    }

    /** Parses {@code {"id","text","date"?}}; the message names the line and the bad field. */
    public Input parse(String jsonLine, int lineNo) {
        JsonNode node;
        try {
            node = mapper.readTree(jsonLine);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("line " + lineNo + ": not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) throw new IllegalArgumentException("line " + lineNo + ": expected a JSON object {\"id\",\"text\",\"date\"?}");
        String id = node.path("id").isValueNode() ? node.path("id").asText() : null;
        if (id == null || id.isBlank()) throw new IllegalArgumentException("line " + lineNo + ": field \"id\" is missing or blank");
        JsonNode text = node.path("text");
        if (!text.isTextual()) throw new IllegalArgumentException("line " + lineNo + " (id " + id + "): field \"text\" is missing or not a string");
        LocalDate date = null;
        JsonNode d = node.path("date");
        if (d.isTextual() && !d.asText().isBlank()) {
            String v = d.asText();
            try {
                date = LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("line " + lineNo + " (id " + id + "): field \"date\" must be an ISO date like 2023-09-19, was '" + v + "'");
            }
        }
        return new Input(id, text.asText(), date);
    }

    private ObjectNode output(String id, List<Event> events) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", id);
        ArrayNode arr = o.putArray("events");
        for (Event e : events) arr.add(EventJson.event(e, false));
        return o;
    }

    private JsonNode idOf(String line) {
        try {
            JsonNode n = mapper.readTree(line);
            if (n != null && n.has("id")) return n.get("id");
        } catch (JsonProcessingException ignored) { /* the error field says why */ }
        return mapper.nullNode();
    }

}
