package org.faultline.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * One ingested article: the original, the cleaned text and what is known about it.
 *
 * @param id                stable id derived from the source and the content
 * @param source            file path or URL as given (for a feed or JSONL, with the item's id or URL)
 * @param url               the article's own URL when known, else null
 * @param title             title from metadata or a headline-like first line, or null
 * @param published         publication date, or null when unknown
 * @param publishedInferred true when {@code published} was inferred from dates in the text
 * @param format            input format: "text", "html", "feed", "jsonl"
 * @param raw               the original content as read
 * @param text              the cleaned body text
 * @param removed           spans cleaning removed, in document order
 * @param contentHash       SHA-256 (hex) of the normalised clean text
 * @param duplicateOf       id of the article this one duplicates (exactly or nearly), or null
 * @param problems          recoverable problems met while reading (invalid UTF-8, no date, ...)
 */
public record Article(String id, String source, String url, String title, LocalDate published,
                      boolean publishedInferred, String format, String raw, String text,
                      List<RemovedSpan> removed, String contentHash, String duplicateOf,
                      List<String> problems) {
    public Article {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("article id must not be blank");
        if (source == null || source.isBlank()) throw new IllegalArgumentException("article " + id + " needs a source");
        if (text == null) throw new IllegalArgumentException("article " + id + " has no text");
        raw = raw == null ? "" : raw;
        removed = List.copyOf(removed == null ? List.of() : removed);
        problems = List.copyOf(problems == null ? List.of() : problems);
    }

    /** A copy linked to the article it duplicates. */
    public Article withDuplicateOf(String originalId) {
        return new Article(id, source, url, title, published, publishedInferred, format, raw, text,
                removed, contentHash, originalId, problems);
    }

    /** A copy with more problems appended (e.g. from annotation); this one when there are none. */
    public Article withProblems(List<String> more) {
        if (more == null || more.isEmpty()) return this;
        List<String> all = new java.util.ArrayList<>(problems);
        all.addAll(more);
        return new Article(id, source, url, title, published, publishedInferred, format, raw, text,
                removed, contentHash, duplicateOf, all);
    }
}
