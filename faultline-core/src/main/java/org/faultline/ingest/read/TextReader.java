package org.faultline.ingest.read;

import org.faultline.ingest.RawDocument;

import java.util.List;

/** Reads a plain-text article: the whole text is the body; the title is looked for during cleaning. */
public final class TextReader {
    public RawDocument read(String source, String text, List<String> problems) {
        return RawDocument.plain(source, "text", text, text, problems);
    }
}
