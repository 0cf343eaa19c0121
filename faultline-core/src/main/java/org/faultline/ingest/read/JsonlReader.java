package org.faultline.ingest.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.faultline.ingest.IngestOutcome;
import org.faultline.ingest.InputException;
import org.faultline.ingest.RawDocument;
import org.faultline.ingest.date.DateParser;
import org.faultline.ingest.html.FragmentText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads JSON Lines, one article per line with fields {@code id}, {@code url}, {@code title},
 * {@code published}, {@code text} or {@code html}, {@code source} (all optional except a text or html).
 * A malformed line fails alone with {@code file:line} and the field at fault; the other lines go on.
 * An item's source is {@code file#id} when it has an id (stable across edits of other lines), else
 * {@code file:line}.
 */
public final class JsonlReader {
    private final ObjectMapper json = new ObjectMapper();
    private final HtmlReader htmlReader;

    public JsonlReader(HtmlReader htmlReader) {
        this.htmlReader = htmlReader;
    }

    public ReadBatch read(String source, String content, List<String> problems) {
        List<RawDocument> docs = new ArrayList<>();
        List<IngestOutcome.Failed> failures = new ArrayList<>();
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) continue;
            String where = source + ":" + (i + 1);
            try {
                docs.add(readLine(source, where, line, problems));
            } catch (InputException e) {
                failures.add(new IngestOutcome.Failed(where, e.getMessage()));
            }
        }
        if (docs.isEmpty() && failures.isEmpty()) failures.add(new IngestOutcome.Failed(source, "no JSON lines in file"));
        return new ReadBatch(docs, failures);
    }

    private RawDocument readLine(String file, String where, String line, List<String> problems) throws InputException {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            throw new InputException("malformed JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) throw new InputException("line is not a JSON object");
        String id = string(node, "id");
        String url = string(node, "url");
        String title = string(node, "title");
        String text = string(node, "text");
        String html = string(node, "html");
        string(node, "source"); // validated only: Article.source is where we read it, not the publisher
        LocalDate published = null;
        String publishedRaw = string(node, "published");
        if (publishedRaw != null && !publishedRaw.isBlank()) {
            Optional<LocalDate> d = DateParser.parse(publishedRaw);
            if (d.isEmpty()) throw new InputException("field `published`: cannot read date '" + publishedRaw
                    + "' (use ISO 8601, e.g. 2023-09-19)");
            published = d.get();
        }
        String name = id != null && !id.isBlank() ? file + "#" + id.strip() : where;
        if (text != null && !text.isBlank()) {
            return new RawDocument(name, url, "jsonl", line, text, title, published, List.of(), problems);
        }
        if (html != null && !html.isBlank()) {
            if (FragmentText.isWholePage(html)) {
                RawDocument page = htmlReader.read(name, html, url, problems);
                return new RawDocument(name, url != null ? url : page.url(), "jsonl", line, page.body(),
                        title != null ? title : page.title(), published != null ? published : page.published(),
                        page.removed(), problems);
            }
            return new RawDocument(name, url, "jsonl", line, FragmentText.of(html), title, published, List.of(), problems);
        }
        throw new InputException("field `text` (or `html`) is missing or empty");
    }

    /** A string field, null when absent or JSON null; any other type is the user's mistake. */
    private static String string(JsonNode node, String field) throws InputException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw new InputException("field `" + field + "` must be a string, found " + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        return v.asText();
    }
}
