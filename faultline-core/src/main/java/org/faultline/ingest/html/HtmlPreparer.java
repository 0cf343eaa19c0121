package org.faultline.ingest.html;

import org.faultline.ingest.RemovedSpan;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * First pass over a page: drops what is never article text (scripts, styles, forms controls, hidden
 * elements) and, when {@code stripUnlikely}, the elements whose role, tag or class name marks them as
 * navigation, comments, share bars, sidebars... Text of every cut element is recorded with a reason.
 * Also wraps loose inline text inside block containers into paragraphs so it can be scored.
 */
final class HtmlPreparer {
    private static final String JUNK = "script, style, noscript, template, svg, canvas, iframe, object, embed, "
            + "button, input, select, textarea, link, meta, source, track, map, dialog";
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer");
    private static final Set<String> UNLIKELY_ROLES = Set.of("menu", "menubar", "complementary", "navigation",
            "alert", "alertdialog", "dialog", "banner", "contentinfo", "search");

    private HtmlPreparer() {
    }

    static void prepare(Element body, boolean stripUnlikely, List<RemovedSpan> removed) {
        body.select(JUNK).remove();
        for (Element e : new ArrayList<>(body.getAllElements())) {
            if (e == body || e.ownerDocument() == null) continue;
            if (!HtmlSignals.isVisible(e)) {
                cut(e, "hidden", removed);
            } else if (stripUnlikely && isUnlikely(e)) {
                cut(e, HtmlSignals.reason(e), removed);
            }
        }
        for (Element div : new ArrayList<>(body.select("div, section, article, main"))) {
            if (div.parent() != null && DomText.hasBlockChild(div)) wrapLooseText(div);
        }
    }

    private static boolean isUnlikely(Element e) {
        String tag = e.normalName();
        if (tag.equals("body") || tag.equals("a") || tag.equals("html")) return false;
        if (UNLIKELY_ROLES.contains(e.attr("role"))) return true;
        if (FURNITURE_TAGS.contains(tag) && !HtmlSignals.MAYBE.matcher(HtmlSignals.matchString(e)).find()) return true;
        String match = HtmlSignals.matchString(e);
        return HtmlSignals.UNLIKELY.matcher(match).find() && !HtmlSignals.MAYBE.matcher(match).find()
                && !DomText.hasAncestor(e, "table", 0) && !DomText.hasAncestor(e, "code", 3);
    }

    static void cut(Element e, String reason, List<RemovedSpan> removed) {
        String text = e.text().strip();
        if (!text.isEmpty()) removed.add(new RemovedSpan(reason, text));
        e.remove();
    }

    /** Groups runs of text and inline elements between blocks into new {@code <p>} elements. */
    private static void wrapLooseText(Element container) {
        List<Node> run = new ArrayList<>();
        for (Node child : new ArrayList<>(container.childNodes())) {
            boolean block = child instanceof Element el && DomText.BLOCKS.contains(el.normalName())
                    && !el.normalName().equals("a") || child instanceof Element br && br.normalName().equals("br");
            if (block) {
                wrap(run);
                run = new ArrayList<>();
            } else {
                run.add(child);
            }
        }
        wrap(run);
    }

    private static void wrap(List<Node> run) {
        StringBuilder text = new StringBuilder();
        for (Node n : run) text.append(n instanceof TextNode t ? t.text() : n instanceof Element e ? e.text() : "");
        if (text.toString().isBlank()) return;
        Element p = new Element("p");
        run.get(0).before(p);
        for (Node n : run) p.appendChild(n);
    }
}
