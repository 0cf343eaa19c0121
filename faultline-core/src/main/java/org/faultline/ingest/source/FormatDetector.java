package org.faultline.ingest.source;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides how to read an input from its name, its HTTP content type and its first characters.
 * Content wins over a misleading name where it is unambiguous: an {@code .xml} file holding an RSS
 * or Atom root is a feed, one holding HTML is a page.
 */
public final class FormatDetector {
    /** File extensions picked up when walking a folder. */
    public static final Set<String> KNOWN_EXTENSIONS =
            Set.of("txt", "text", "md", "html", "htm", "xhtml", "xml", "rss", "atom", "jsonl", "ndjson");

    private static final Pattern FEED_ROOT = Pattern.compile(
            "<(rss|feed|rdf:RDF)[\\s>]", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_ROOT = Pattern.compile(
            "<(!doctype html|html|head|body|div|p|article)[\\s>]", Pattern.CASE_INSENSITIVE);

    private FormatDetector() {
    }

    public static String extension(String name) {
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int q = base.indexOf('?');
        if (q >= 0) base = base.substring(0, q);
        int dot = base.lastIndexOf('.');
        return dot < 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * @param name        file name or URL
     * @param contentType HTTP content type, or null for files
     * @param text        the decoded content
     */
    public static InputFormat detect(String name, String contentType, String text) {
        String head = text.substring(0, Math.min(text.length(), 4096)).stripLeading();
        boolean markup = head.startsWith("<");
        String ext = extension(name);
        switch (ext) {
            case "jsonl", "ndjson" -> {
                return InputFormat.JSONL;
            }
            case "html", "htm", "xhtml" -> {
                return InputFormat.HTML;
            }
            case "txt", "text", "md" -> {
                return InputFormat.TEXT;
            }
            default -> {
                // sniff below
            }
        }
        String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (markup && FEED_ROOT.matcher(head).find() && !HTML_ROOT.matcher(head).lookingAt()) return InputFormat.FEED;
        if (ct.contains("rss") || ct.contains("atom")) return InputFormat.FEED;
        if (ct.contains("html") || (markup && HTML_ROOT.matcher(head).find())) return InputFormat.HTML;
        if (ext.equals("xml") || ext.equals("rss") || ext.equals("atom")) return InputFormat.FEED;
        if (head.startsWith("{") && ct.isEmpty()) return InputFormat.JSONL;
        return markup ? InputFormat.HTML : InputFormat.TEXT;
    }
}
