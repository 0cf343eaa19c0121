package org.faultline.ingest.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.util.List;

/**
 * Plain text of an HTML fragment that is all content (a feed item's body, a JSONL {@code html} field
 * holding just the article): no boilerplate scoring, only junk elements dropped and blocks turned
 * into paragraphs.
 */
public final class FragmentText {
    private FragmentText() {
    }

    public static String of(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.body().select("script, style, noscript, template, svg, iframe, object, embed, form, button").remove();
        return BlockTextWriter.write(List.of(doc.body()));
    }

    /** True when the markup is a whole page (with html/head/body), not a fragment. */
    public static boolean isWholePage(String html) {
        String head = html.substring(0, Math.min(html.length(), 2048)).toLowerCase(java.util.Locale.ROOT);
        return head.contains("<html") || head.contains("<body") || head.contains("<!doctype");
    }
}
