package org.faultline.ingest.html;

import org.jsoup.nodes.Element;

import java.util.Set;

/** Small measurements of DOM elements shared by the extraction steps. */
final class DomText {
    static final Set<String> BLOCKS = Set.of("a", "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul",
            "section", "article", "header", "footer", "aside", "nav", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
            "form", "fieldset", "address", "main", "hr", "li", "dd", "dt");

    private DomText() {
    }

    static int length(Element e) {
        return e.text().length();
    }

    /** Share of the element's text that sits inside links (fragment links count 30%). */
    static double linkDensity(Element e) {
        int total = length(e);
        if (total == 0) return 0;
        double links = 0;
        for (Element a : e.select("a")) {
            String href = a.attr("href");
            double coef = href.startsWith("#") && href.length() > 1 ? 0.3 : 1.0;
            links += a.text().length() * coef;
        }
        return links / total;
    }

    static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\uFF0C' || c == '\u060C' || c == '\u3001') n++;
        }
        return n;
    }

    static boolean hasAncestor(Element e, String tag, int maxDepth) {
        int depth = 0;
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (maxDepth > 0 && depth++ >= maxDepth) return false;
            if (p.normalName().equals(tag)) return true;
        }
        return false;
    }

    static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) if (BLOCKS.contains(c.normalName()) && !c.normalName().equals("a")) return true;
        return false;
    }
}
