package org.faultline.ingest.read;

import org.faultline.ingest.InputException;
import org.faultline.ingest.RawDocument;
import org.faultline.ingest.html.ExtractedText;
import org.faultline.ingest.html.MainContentExtractor;
import org.faultline.ingest.html.MetadataExtractor;
import org.faultline.ingest.html.PageMetadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.util.List;

/**
 * Reads a web page: metadata (title, date, canonical URL) and main text, with the furniture around
 * the text recorded as removed spans. Thread-safe.
 */
public final class HtmlReader {
    private final MetadataExtractor metadata = new MetadataExtractor();
    private final MainContentExtractor extractor = new MainContentExtractor();

    /**
     * @param source   name of the input (path or URL)
     * @param html     the page source
     * @param baseUrl  URL the page came from, or null for a file
     * @param problems problems met while loading it
     */
    public RawDocument read(String source, String html, String baseUrl, List<String> problems) throws InputException {
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        PageMetadata meta = metadata.extract(doc);
        ExtractedText main = extractor.extract(doc);
        if (main.text().isBlank()) throw new InputException("no readable text in the HTML page");
        String url = meta.url() != null ? meta.url() : baseUrl;
        return new RawDocument(source, url, "html", html, main.text(), meta.title(), meta.published(),
                main.removed(), problems);
    }
}
