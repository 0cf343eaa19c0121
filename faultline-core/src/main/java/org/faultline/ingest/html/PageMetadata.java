package org.faultline.ingest.html;

import java.time.LocalDate;

/**
 * What a page says about itself.
 *
 * @param title     headline from JSON-LD, Open Graph, the first h1 or the title element, or null
 * @param published publication date from meta tags, JSON-LD or a time element, or null
 * @param url       canonical URL, or null
 */
public record PageMetadata(String title, LocalDate published, String url) {
}
