package org.faultline.ingest.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.List;
import java.util.Set;

/**
 * Writes elements as plain text: one paragraph per block element (paragraphs separated by a blank
 * line), line breaks for {@code <br>} and inside {@code <pre>}, whitespace collapsed elsewhere.
 */
final class BlockTextWriter {
    private static final Set<String> BREAKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
            "pre", "table", "tr", "figure", "figcaption", "form", "fieldset", "address", "hr", "caption", "details",
            "summary", "center");

    private BlockTextWriter() {
    }

    static String write(List<Element> elements) {
        StringBuilder out = new StringBuilder();
        for (Element e : elements) {
            NodeTraversor.traverse(new Visitor(out), e);
            paragraphBreak(out);
        }
        return out.toString().replaceAll("[ ]*\n[ ]*", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    private static void paragraphBreak(StringBuilder out) {
        int len = out.length();
        if (len == 0 || len >= 2 && out.charAt(len - 1) == '\n' && out.charAt(len - 2) == '\n') return;
        out.append(out.charAt(len - 1) == '\n' ? "\n" : "\n\n");
    }

    private record Visitor(StringBuilder out) implements NodeVisitor {
        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                Element p = t.parent();
                boolean pre = p != null && (p.normalName().equals("pre") || hasPreAncestor(p));
                String s = pre ? t.getWholeText() : t.text();
                if (!pre && s.isBlank()) {
                    if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))) out.append(' ');
                    return;
                }
                out.append(s);
            } else if (node instanceof Element e) {
                if (e.normalName().equals("br")) out.append('\n');
                else if (BREAKS.contains(e.normalName())) paragraphBreak(out);
                else if (e.normalName().equals("td") || e.normalName().equals("th")) out.append(' ');
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && BREAKS.contains(e.normalName())) paragraphBreak(out);
        }

        private static boolean hasPreAncestor(Element e) {
            return DomText.hasAncestor(e, "pre", 0);
        }
    }
}
