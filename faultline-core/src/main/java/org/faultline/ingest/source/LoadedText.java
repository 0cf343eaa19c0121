package org.faultline.ingest.source;

import java.util.List;

/**
 * Text decoded from an input's bytes.
 *
 * @param text        the decoded text (invalid bytes replaced by U+FFFD)
 * @param contentType the HTTP content type when fetched from a URL, else null
 * @param location    where the text came from: the path, or the final URL after redirects
 * @param problems    recoverable problems met while decoding (e.g. invalid UTF-8)
 */
public record LoadedText(String text, String contentType, String location, List<String> problems) {
    public LoadedText {
        problems = List.copyOf(problems);
    }
}
