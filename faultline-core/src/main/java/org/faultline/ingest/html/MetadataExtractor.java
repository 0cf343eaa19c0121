package org.faultline.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.faultline.ingest.date.DateParser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads title, publication date and canonical URL from a parsed page: JSON-LD ({@code headline},
 * {@code datePublished}, also inside {@code @graph}), Open Graph / article meta tags, common
 * publisher meta names, {@code <time>} elements, {@code <h1>} and {@code <title>} (site name suffix cut).
 */
public final class MetadataExtractor {
    private static final String[] DATE_META = {
            "meta[property=article:published_time]", "meta[name=article:published_time]",
            "meta[itemprop=datePublished]", "meta[property=og:published_time]", "meta[name=pubdate]",
            "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=date]", "meta[name=dc.date.issued]",
            "meta[name=DC.date.issued]", "meta[name=dcterms.created]", "meta[name=dc.date]", "meta[name=DC.date]",
            "meta[name=sailthru.date]", "meta[name=parsely-pub-date]", "meta[property=article:published]",
            "meta[name=citation_publication_date]", "meta[name=original-publish-date]"};
    private static final String[] TITLE_META = {"meta[property=og:title]", "meta[name=twitter:title]",
            "meta[name=title]", "meta[name=dc.title]"};

    private final ObjectMapper json = new ObjectMapper();

    public PageMetadata extract(Document doc) {
        List<JsonNode> ld = jsonLd(doc);
        return new PageMetadata(title(doc, ld), published(doc, ld), url(doc));
    }

    private String title(Document doc, List<JsonNode> ld) {
        for (JsonNode n : ld) {
            String h = n.path("headline").asText("");
            if (!h.isBlank()) return clean(h);
        }
        for (String sel : TITLE_META) {
            String v = doc.select(sel).attr("content");
            if (!v.isBlank()) return clean(v);
        }
        String titleTag = doc.title().strip();
        Element h1 = doc.selectFirst("h1");
        String h1Text = h1 == null ? "" : h1.text().strip();
        if (!h1Text.isBlank() && (titleTag.isBlank() || key(titleTag).contains(key(h1Text)))) return h1Text;
        if (!titleTag.isBlank()) return stripSiteName(titleTag);
        return h1Text.isBlank() ? null : h1Text;
    }

    /** "Headline | Site" or "Headline - Site": keep the longer side, which is the headline. */
    static String stripSiteName(String title) {
        for (String sep : new String[]{" | ", " – ", " — ", " - ", " :: ", " « ", " » "}) {
            int i = title.lastIndexOf(sep);
            if (i > 0) {
                String left = title.substring(0, i).strip();
                String right = title.substring(i + sep.length()).strip();
                return left.length() >= right.length() ? left : right;
            }
        }
        return title;
    }

    private LocalDate published(Document doc, List<JsonNode> ld) {
        for (String sel : DATE_META) {
            for (Element e : doc.select(sel)) {
                Optional<LocalDate> d = DateParser.parse(e.attr("content"));
                if (d.isPresent()) return d.get();
            }
        }
        for (JsonNode n : ld) {
            for (String f : new String[]{"datePublished", "dateCreated", "uploadDate"}) {
                Optional<LocalDate> d = DateParser.parse(n.path(f).asText(""));
                if (d.isPresent()) return d.get();
            }
        }
        for (Element t : doc.select("time[pubdate], time[itemprop=datePublished], article time[datetime], time[datetime]")) {
            Optional<LocalDate> d = DateParser.parse(t.attr("datetime"));
            if (d.isPresent()) return d.get();
        }
        return null;
    }

    private static String url(Document doc) {
        String canonical = doc.select("link[rel=canonical]").attr("abs:href");
        if (canonical.isBlank()) canonical = doc.select("link[rel=canonical]").attr("href");
        if (canonical.isBlank()) canonical = doc.select("meta[property=og:url]").attr("content");
        return canonical.isBlank() ? null : canonical.strip();
    }

    private List<JsonNode> jsonLd(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                collect(json.readTree(s.data()), out);
            } catch (Exception e) {
                // Broken JSON-LD is common; other metadata still applies.
            }
        }
        return out;
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node == null) return;
        if (node.isArray()) node.forEach(n -> collect(n, out));
        else if (node.isObject()) {
            if (node.has("headline") || node.has("datePublished")) out.add(node);
            collect(node.get("@graph"), out);
            collect(node.get("mainEntity"), out);
        }
    }

    private static String clean(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
