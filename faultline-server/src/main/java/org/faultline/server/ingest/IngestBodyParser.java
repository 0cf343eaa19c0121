package org.faultline.server.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Set;
import org.faultline.server.http.ApiErrors;

/**
 * Parses and validates the JSON body of {@code POST /api/articles} into an {@link IngestRequest}:
 * {@code {"url": ...}} or {@code {"text"|"html": ..., "title"?, "published"?, "source"?}}.
 * Every problem is a 400 naming the field.
 */
final class IngestBodyParser {
    private static final Set<String> FIELDS = Set.of("url", "title", "text", "html", "published", "source");
    private static final int MAX_SHORT = 2048;
    private final ObjectMapper mapper;

    IngestBodyParser(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    IngestRequest parse(byte[] body) {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (StreamConstraintsException e) {
            // nesting deeper than Jackson's limit, numbers or strings past its caps: no location to give
            throw ApiErrors.badParameter("body", "is not acceptable JSON (" + plain(e.getOriginalMessage()) + ")");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw ApiErrors.badParameter("body", "is not valid JSON" + (at == null ? ""
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        } catch (IOException | RuntimeException e) {
            throw ApiErrors.badParameter("body", "cannot be read as JSON");
        }
        if (root == null || !root.isObject()) throw ApiErrors.badParameter("body", "must be a JSON object");
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) throw ApiErrors.badParameter(f, "unknown field; accepted: url, text, html, title, published, source");
        }
        String url = string(root, "url", MAX_SHORT);
        String text = string(root, "text", Integer.MAX_VALUE);
        String html = string(root, "html", Integer.MAX_VALUE);
        int given = (url == null ? 0 : 1) + (text == null ? 0 : 1) + (html == null ? 0 : 1);
        if (given != 1) throw ApiErrors.badParameter("body", "give exactly one of url, text or html");
        if (url != null && !url.matches("(?i)https?://\\S+")) throw ApiErrors.badParameter("url", "must be an http(s) URL");
        return new IngestRequest(url, string(root, "title", MAX_SHORT), text, html, date(root), string(root, "source", MAX_SHORT));
    }

    /** The first sentence of a Jackson message, without the hint at its configuration API. */
    private static String plain(String message) {
        if (message == null || message.isBlank()) return "over a parser limit";
        int cut = message.indexOf(" (");
        String m = cut > 0 ? message.substring(0, cut) : message;
        return m.length() > 200 ? m.substring(0, 200) : m;
    }

    private static String string(JsonNode root, String field, int maxLength) {
        JsonNode v = root.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw ApiErrors.badParameter(field, "must be a string");
        String s = v.asText();
        if (s.isBlank()) throw ApiErrors.badParameter(field, "must not be blank");
        if (s.length() > maxLength) throw ApiErrors.badParameter(field, "is longer than " + maxLength + " characters");
        return s;
    }

    private static LocalDate date(JsonNode root) {
        String s = string(root, "published", 10);
        if (s == null) return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw ApiErrors.badParameter("published", "must be an ISO date YYYY-MM-DD");
        }
    }
}
