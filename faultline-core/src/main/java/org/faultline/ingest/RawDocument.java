package org.faultline.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One article-sized piece of input as a reader found it, before cleaning.
 *
 * @param source    file path or URL, with {@code #item} for a feed item or JSONL record
 * @param url       the article's own URL when known, else null
 * @param format    "text", "html", "feed" or "jsonl"
 * @param raw       the original content as read (HTML source, the JSONL line, the text file...)
 * @param body      the text to clean: for HTML, the extracted main text, paragraphs separated by blank lines
 * @param title     title from metadata, or null to let cleaning look for a headline-like first line
 * @param published publication date from metadata, or null
 * @param removed   spans already cut by the reader (e.g. HTML navigation), in document order
 * @param problems  recoverable problems met while reading
 */
public record RawDocument(String source, String url, String format, String raw, String body, String title,
                          LocalDate published, List<RemovedSpan> removed, List<String> problems) {
    public RawDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(body, "body");
        raw = raw == null ? "" : raw;
        title = title == null || title.isBlank() ? null : title.strip();
        removed = List.copyOf(removed == null ? List.of() : removed);
        problems = List.copyOf(problems == null ? List.of() : problems);
    }

    /** A plain document with no metadata. */
    public static RawDocument plain(String source, String format, String raw, String body, List<String> problems) {
        return new RawDocument(source, null, format, raw, body, null, null, List.of(), problems);
    }
}
