package org.faultline.server.ingest;

import java.time.LocalDate;

/**
 * The body of {@code POST /api/articles}: either a URL to fetch, or the article itself as plain
 * text or HTML, with optional metadata.
 *
 * @param url       http(s) URL to fetch and read, or null
 * @param title     title, or null (for text, cleaning may find a headline-like first line)
 * @param text      plain text of the article, or null
 * @param html      HTML of the article page, or null
 * @param published publication date, or null (metadata or the text may give it)
 * @param source    where it comes from (a URL or a name); null for the default "api:" source
 */
public record IngestRequest(String url, String title, String text, String html, LocalDate published, String source) {
    public IngestRequest {
        int given = (url == null ? 0 : 1) + (text == null ? 0 : 1) + (html == null ? 0 : 1);
        if (given != 1) throw new IllegalArgumentException("an ingest request needs exactly one of url, text or html, got " + given);
    }

    /** The source to record: the given one, else the URL, else "api". */
    public String sourceOrDefault() {
        if (source != null && !source.isBlank()) return source;
        return url != null ? url : "api";
    }
}
